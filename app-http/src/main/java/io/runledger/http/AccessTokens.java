package io.runledger.http;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The configured bearer tokens and their roles, from a list like {@code read:TOKEN,write:TOKEN}; a
 * token may be given as {@code sha256:<64 hex>} of itself so the configuration need not hold it in
 * clear. Only SHA-256 digests are kept, and a presented token is checked against every one of them
 * with {@link MessageDigest#isEqual}, so the time taken does not depend on where the bytes differ. A
 * token in clear must have at least {@value #MIN_LENGTH} characters, so that it cannot be guessed by trying.
 * Tokens appear in no message, log line or {@link #toString()}.
 */
public final class AccessTokens {
    /** RFC 6750 b64token characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/-]+=*");
    private static final Pattern SHA256 = Pattern.compile("sha256:([0-9a-fA-F]{64})");
    /** The shortest token accepted in clear: 16 characters of the RFC 6750 alphabet are about 96 bits. */
    static final int MIN_LENGTH = 16;

    private final List<Entry> entries;

    private AccessTokens(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** No tokens: authentication is off. */
    public static AccessTokens none() {
        return new AccessTokens(List.of());
    }

    /**
     * Reads a token list; raises {@link ReasonCode#CONFIG_INVALID} naming {@code origin} and the
     * entry's position (never its text) for an entry without a known role or with an invalid token or
     * one shorter than {@value #MIN_LENGTH} characters.
     */
    public static AccessTokens parse(String list, String origin) {
        List<Entry> entries = new ArrayList<>();
        String[] parts = list.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].strip();
            int colon = part.indexOf(':');
            String where = "entry " + (i + 1) + " of the token list from " + origin;
            if (colon < 0) {
                throw invalid(where + " must be ROLE:TOKEN with a role of read, write or admin");
            }
            Role role = Role.fromWire(part.substring(0, colon)).orElseThrow(
                    () -> invalid(where + " has an unknown role; use read, write or admin"));
            entries.add(new Entry(role, digestOf(part.substring(colon + 1), where)));
        }
        return new AccessTokens(entries);
    }

    /** True when no token is configured, i.e. authentication is off. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The highest role of a presented token, or empty when it matches none. */
    Optional<Role> roleOf(String presented) {
        byte[] digest = sha256(presented);
        Role best = null;
        for (Entry entry : entries) {
            // no early exit: every digest is compared, whatever matched before
            if (MessageDigest.isEqual(entry.digest(), digest) && (best == null || entry.role().allows(best))) {
                best = entry.role();
            }
        }
        return Optional.ofNullable(best);
    }

    private static byte[] digestOf(String token, String where) {
        var hashed = SHA256.matcher(token);
        if (hashed.matches()) {
            return HexFormat.of().parseHex(hashed.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        if (!TOKEN.matcher(token).matches()) {
            throw invalid(where + " has an empty or invalid token (allowed: A-Z a-z 0-9 - . _ ~ + / and trailing =)");
        }
        if (token.length() < MIN_LENGTH) {
            throw invalid(where + " has a token shorter than " + MIN_LENGTH + " characters; use a long random one, "
                    + "e.g. from `openssl rand -base64 24`");
        }
        return sha256(token);
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }

    private static StoreException invalid(String message) {
        return new StoreException(ReasonCode.CONFIG_INVALID, message);
    }

    @Override
    public String toString() {
        return "AccessTokens[" + entries.size() + " tokens]";
    }

    private record Entry(Role role, byte[] digest) {
    }
}
