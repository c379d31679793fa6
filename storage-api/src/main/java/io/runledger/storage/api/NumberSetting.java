package io.runledger.storage.api;

/**
 * A whole-number setting with its documented range — the one place where numeric settings are parsed
 * and range-checked, for backend options ({@link StoreOptions#read(NumberSetting)}) and the server's
 * {@code http.*} settings alike. A value that is not a whole number in {@code [min, max]} (an overflow
 * such as {@code 9223372036854775808} included) is refused with {@link ReasonCode#CONFIG_INVALID},
 * naming the setting, the value given and the range. Ranges are chosen so that no computation with the
 * value (a deadline, a driver's {@code int}, an array size) can overflow.
 *
 * @param name     the setting's name as the user writes it after any prefix, e.g. {@code lock_timeout_ms}
 * @param fallback the value when the setting is absent
 * @param unit     what one unit is, plural, e.g. {@code milliseconds}
 */
public record NumberSetting(String name, long fallback, long min, long max, String unit) {
    public NumberSetting {
        Texts.requireText("name", name);
        Texts.requireText("unit", unit);
        if (min > max || fallback < min || fallback > max) {
            throw new IllegalArgumentException(name + ": need min <= fallback <= max (" + min + ", " + fallback + ", " + max + ")");
        }
    }

    /**
     * The value of {@code text} given for this setting; {@code subject} says which setting and where it
     * came from, e.g. {@code sqlite option lock_timeout_ms} or {@code http.max_body_bytes from environment …}.
     */
    public long parse(String subject, String text) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below with the accepted range
        }
        throw new StoreException(ReasonCode.CONFIG_INVALID,
                subject + " must be " + range() + " (got '" + text + "')");
    }

    /** The accepted values in words, e.g. {@code a whole number of milliseconds from 1 to 86400000}. */
    public String range() {
        return "a whole number of " + unit + " from " + min + " to " + max;
    }
}
