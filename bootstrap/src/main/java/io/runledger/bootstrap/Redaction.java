package io.runledger.bootstrap;

import java.util.regex.Pattern;

/**
 * Hides secrets before a store location (or a message naming one) is printed or logged: the password
 * of a {@code user:password@host} URL and the value of any {@code password=} parameter.
 */
public final class Redaction {
    private static final String HIDDEN = "***";
    private static final Pattern USER_INFO = Pattern.compile("(//[^/@:?#]*):[^@/?#]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)(password=)[^&;\\s]*");

    private Redaction() {
    }

    /** The text with its secrets replaced by {@code ***}; text without any (a file path) comes back unchanged. */
    public static String hideSecrets(String text) {
        String masked = USER_INFO.matcher(text).replaceAll("$1:" + HIDDEN + "@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1" + HIDDEN);
    }
}
