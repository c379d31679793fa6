package io.runledger.storage.api;

import java.util.regex.Pattern;

/**
 * The one place secrets are hidden before a store location, or a message naming one, is shown: in
 * the CLI, an HTTP problem, a log line or the doctor's report. It hides the password of a
 * {@code //user:password@host} URL and the value of every {@code password=} parameter (any case,
 * {@code sslpassword=} included), raw or percent-encoded.
 *
 * <p>A URL ends at white space. A user-info password runs to the last {@code @} before the query
 * ({@code ?}) or fragment ({@code #}), so {@code ;}, {@code /}, {@code @} and {@code &} inside it
 * stay hidden; a parameter's value runs to the next {@code &} (pgjdbc splits parameters there, so a
 * literal {@code &} in a password is always percent-encoded) — {@code ;}, {@code /} and {@code @}
 * inside it stay hidden too. Property-tested in {@code RedactionProperties}.
 */
public final class Redaction {
    private static final String HIDDEN = "***";
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?#\\s]*):[^?#\\s]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&\\s]*");

    private Redaction() {
    }

    /** The text with its secrets replaced by {@code ***}; text without any (a file path) comes back unchanged. */
    public static String hideSecrets(String text) {
        String masked = USER_INFO.matcher(text).replaceAll("$1:" + HIDDEN + "@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + HIDDEN);
    }
}
