package io.runledger.storage.api;

/** A run label, {@code name=value}, as used in a filter. */
public record Label(String name, String value) {
    public Label {
        Texts.requireText("label name", name);
        Texts.requireText("label value", value);
    }
}
