package io.runledger.storage.api;

/** One versioned schema migration, e.g. {@code 3 run lifecycle}. */
public record Migration(int version, String description) {
    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("schema versions start at 1");
        }
        Texts.requireText("description", description);
    }
}
