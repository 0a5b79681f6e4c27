package dev.rampart.cli;

/** Bad usage or bad input: printed as one line after "rampart: ", exit code 2, no stack trace unless --debug. */
public final class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }

    public UserException(String message, Throwable cause) {
        super(message, cause);
    }
}
