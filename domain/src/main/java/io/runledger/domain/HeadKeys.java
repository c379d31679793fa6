package io.runledger.domain;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ed25519 keys for signed heads, with the JDK's own provider (docs/AUDIT_CHAIN.md, "Signing heads"): a
 * private key as PEM PKCS#8 ({@code -----BEGIN PRIVATE KEY-----}, what {@code openssl genpkey -algorithm
 * ed25519} writes), a public key as PEM SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}, what
 * {@code openssl pkey -pubout} writes), and a key's id: {@code sha256:} and the hex SHA-256 of its DER
 * SubjectPublicKeyInfo. A file that holds no such key is refused with {@link ReasonCode#USAGE_ERROR}.
 */
public final class HeadKeys {
    /** The one signature algorithm of signed heads. */
    static final String ALGORITHM = "Ed25519";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private HeadKeys() {
    }

    /** The Ed25519 private key in PEM text {@code pem}; {@code origin} names the file in a refusal. */
    public static PrivateKey privateKey(String pem, String origin) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(block(pem, "PRIVATE KEY", origin)));
        } catch (GeneralSecurityException e) {
            throw refused(origin, "its PRIVATE KEY is not an Ed25519 key (" + e.getMessage() + ")");
        }
    }

    /** The Ed25519 public key in PEM text {@code pem}; {@code origin} names the file in a refusal. */
    public static PublicKey publicKey(String pem, String origin) {
        return publicKey(block(pem, "PUBLIC KEY", origin), origin);
    }

    /** The Ed25519 public key whose DER SubjectPublicKeyInfo is {@code der}. */
    static PublicKey publicKey(byte[] der, String origin) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw refused(origin, "it holds no Ed25519 public key (" + e.getMessage() + ")");
        }
    }

    /**
     * The public key of {@code key}. The JDK has no call for it, but its Ed25519 generator takes its 32
     * random bytes as the private key and derives the public one from them: handed the private key's
     * bytes, it makes the same pair. That it did is checked, so a generator that worked otherwise could
     * never yield a wrong key.
     */
    public static PublicKey publicOf(PrivateKey key) {
        byte[] secret = ((EdECPrivateKey) key).getBytes().orElseThrow(() -> refused("the key", "its private bytes are not readable"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new GivenBytes(secret));
            KeyPair pair = generator.generateKeyPair();
            byte[] made = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
            if (!Arrays.equals(made, secret)) {
                throw new IllegalStateException("this Java runtime's Ed25519 generator did not take the given bytes");
            }
            return pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519", e);
        }
    }

    /** The key's id: {@code sha256:} and the hex SHA-256 of its DER SubjectPublicKeyInfo. */
    public static String keyId(PublicKey key) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no SHA-256", e);
        }
    }

    private static byte[] block(String pem, String type, String origin) {
        Matcher matcher = PEM.matcher(pem);
        while (matcher.find()) {
            if (matcher.group(1).equals(type)) {
                try {
                    return Base64.getMimeDecoder().decode(matcher.group(2).replaceAll("\\s", ""));
                } catch (IllegalArgumentException e) {
                    throw refused(origin, "its " + type + " block is not base64");
                }
            }
        }
        throw refused(origin, "it holds no -----BEGIN " + type + "----- block (make a key with `openssl genpkey -algorithm"
                + " ed25519 -out head-key.pem`, its public key with `openssl pkey -in head-key.pem -pubout -out head-key.pub`)");
    }

    private static StoreException refused(String origin, String why) {
        return new StoreException(ReasonCode.USAGE_ERROR, origin + " is not an Ed25519 key file: " + why);
    }

    /** Randomness that is a given value: the private key the generator should take. */
    private static final class GivenBytes extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final byte[] bytes;

        GivenBytes(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) {
                throw new IllegalStateException("the generator asked for " + out.length + " bytes, not " + bytes.length);
            }
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
