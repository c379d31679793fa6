package io.runledger.storage.sql.errors;

/**
 * Carries a failure of the caller's own code (an export sink, an import source) through a unit of
 * work, so that it is rethrown unchanged instead of being reported as a store failure.
 */
public final class CallerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CallerFailure(RuntimeException original) {
        super(original.getMessage(), original, false, false);
    }

    public RuntimeException original() {
        return (RuntimeException) getCause();
    }
}
