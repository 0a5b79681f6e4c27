package dev.rampart.core.spec;

/**
 * A {@code $ref} the loader could not follow.
 *
 * @param node   the object holding the {@code $ref}
 * @param remote true when the target is remote and was not fetched because remote references are off
 * @param reason why it could not be followed
 */
public record UnresolvedRef(ObjectNode node, boolean remote, String reason) {
}
