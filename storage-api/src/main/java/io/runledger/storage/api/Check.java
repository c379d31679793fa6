package io.runledger.storage.api;

/** One diagnostic check of a store, e.g. {@code journal_mode} ok with detail {@code wal}. */
public record Check(String name, boolean ok, String detail) {
    public Check {
        Texts.requireText("name", name);
        Texts.requireText("detail", detail);
    }
}
