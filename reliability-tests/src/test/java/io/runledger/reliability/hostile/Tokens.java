package io.runledger.reliability.hostile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The bearer tokens every hostile-input server is started with, one per role (the admin one
 * configured only as its SHA-256), distinctive enough that a leak into a log line or an error body
 * is found by a plain substring search.
 */
public final class Tokens {
    public static final String READ = "hostileRead-7Qx2.readonly";
    public static final String WRITE = "hostileWrite-Zk81~writer";
    public static final String ADMIN = "hostileAdmin+Mp9/admin==";
    /** Well-formed tokens that are not configured: they must be refused and never echoed either. */
    public static final List<String> WRONG = List.of("hostileWrong-Xy55", "hostileRead-7Qx2.readonlY",
            "hostileAdmin+Mp9/admin=", "sha256:" + sha256(ADMIN));

    private Tokens() {
    }

    /** Every token a test sends, configured or not: none of them may appear in a log or an error body. */
    public static List<String> all() {
        return java.util.stream.Stream.concat(List.of(READ, WRITE, ADMIN).stream(), WRONG.stream()).toList();
    }

    /** The value of RUNLEDGER_TOKENS. */
    static String configuration() {
        return "read:" + READ + ",write:" + WRITE + ",admin:sha256:" + sha256(ADMIN);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
