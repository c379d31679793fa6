package io.runledger.storage.api;

import java.util.List;
import java.util.Locale;

/**
 * A setting with a closed set of values, e.g. {@code synchronous} ({@code normal} or {@code full}) —
 * declared once, with its default, so that parsing ({@link StoreOptions#read(ChoiceSetting)}), the
 * check bootstrap makes before a store is touched, {@code --help} and the documentation all use the
 * same list. A value is read ignoring case and surrounding blanks; any other is refused with
 * {@link ReasonCode#CONFIG_INVALID} naming the setting, the value given and the choices.
 *
 * @param name     the setting's name as the user writes it after any prefix, e.g. {@code synchronous}
 * @param fallback the value when the setting is absent, one of {@code choices}
 * @param choices  the accepted values, in lower case
 */
public record ChoiceSetting(String name, String fallback, List<String> choices) {
    public ChoiceSetting {
        Texts.requireText("name", name);
        choices = List.copyOf(choices);
        if (!choices.contains(fallback) || choices.stream().anyMatch(choice -> !choice.equals(choice.toLowerCase(Locale.ROOT)))) {
            throw new IllegalArgumentException(name + ": need lower-case choices " + choices + " holding the fallback " + fallback);
        }
    }

    /** A setting that is {@code true} or {@code false}. */
    public static ChoiceSetting bool(String name, boolean fallback) {
        return new ChoiceSetting(name, Boolean.toString(fallback), List.of("true", "false"));
    }

    /**
     * The choice {@code text} names, as the choice is written; {@code subject} says which setting and
     * where it came from, e.g. {@code sqlite option synchronous}.
     */
    public String parse(String subject, String text) {
        String given = text.strip().toLowerCase(Locale.ROOT);
        if (choices.contains(given)) {
            return given;
        }
        throw new StoreException(ReasonCode.CONFIG_INVALID, subject + " must be " + range() + " (got '" + text + "')");
    }

    /** The accepted values in words, e.g. {@code one of normal, full}. */
    public String range() {
        return "one of " + String.join(", ", choices);
    }
}
