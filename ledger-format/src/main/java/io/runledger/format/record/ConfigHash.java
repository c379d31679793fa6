package io.runledger.format.record;

import io.runledger.storage.api.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A run's {@code config_hash}: SHA-256, lowercase hex, of the config's canonical UTF-8 bytes (SPEC S1). */
public final class ConfigHash {
    private ConfigHash() {
    }

    /** The hash of a config; equal configs (whatever their key order or spacing) hash equal. */
    public static String of(CanonicalJson config) {
        return HexFormat.of().formatHex(sha256().digest(config.text().getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
