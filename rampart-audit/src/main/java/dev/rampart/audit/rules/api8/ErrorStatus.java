package dev.rampart.audit.rules.api8;

import dev.rampart.core.model.Operation;
import dev.rampart.core.model.Response;

/** Which error responses an operation documents. */
final class ErrorStatus {
    private ErrorStatus() {
    }

    /** True when some response status starts with {@code digit} ("404", "4XX") or is "default". */
    static boolean documentsClassOrDefault(Operation op, char digit) {
        for (Response r : op.responses()) {
            if (r.isDefault() || !r.status().isEmpty() && r.status().charAt(0) == digit) {
                return true;
            }
        }
        return false;
    }

    /** True for a 4xx, 5xx or default response. */
    static boolean isError(Response r) {
        return r.isDefault() || r.status().startsWith("4") || r.status().startsWith("5");
    }
}
