package io.runledger.domain;

import io.runledger.format.json.Json;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A signed head (docs/AUDIT_CHAIN.md, "Signing heads"): the head, when it was signed, the signer's
 * Ed25519 public key (base64 of its DER SubjectPublicKeyInfo) with its id, and the signature. Written as
 * one line of canonical JSON (RFC 8785):
 * <pre>{"chain":…,"format":"runledger-audit-head","format_version":1,"key_id":"sha256:…","public_key":…,
 *  "seq":N,"signature":…,"signed_at":TS,"ts":TS|null}</pre>
 * The signature is Ed25519 over {@link #message()}: the UTF-8 bytes of that object without its
 * {@code signature} member, in canonical form — so it covers every other member, the key included.
 * The key in the file only says who claims to have signed: checking with it proves the file intact,
 * not who wrote it; only a key the verifier already trusts proves that ({@link #signedBy}).
 */
public record SignedHead(AuditHead head, Instant signedAt, String publicKey, String signature) {
    /** The {@code format} member's value. */
    public static final String FORMAT = "runledger-audit-head";
    /** The {@code format_version} this binary writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public SignedHead {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(publicKey, "publicKey");
        Objects.requireNonNull(signature, "signature");
    }

    /** {@code head} signed now with {@code key}. */
    public static SignedHead sign(AuditHead head, PrivateKey key, Instant now) {
        PublicKey own = HeadKeys.publicOf(key);
        SignedHead unsigned = new SignedHead(head, now, Base64.getEncoder().encodeToString(own.getEncoded()), "");
        try {
            Signature signer = Signature.getInstance(HeadKeys.ALGORITHM);
            signer.initSign(key);
            signer.update(unsigned.message());
            return new SignedHead(head, now, unsigned.publicKey, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime could not sign with Ed25519", e);
        }
    }

    /** The key the file names as its signer's (not yet trusted: see {@link #signedBy}). */
    public PublicKey key() {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(publicKey);
        } catch (IllegalArgumentException e) {
            der = new byte[0];
        }
        return HeadKeys.publicKey(der, "the head file's public_key");
    }

    /** The id of {@link #key()}: {@code sha256:} and the hex SHA-256 of its DER SubjectPublicKeyInfo. */
    public String keyId() {
        return HeadKeys.keyId(key());
    }

    /**
     * Whether {@code trusted} made the signature over this content: the file names that key and the
     * signature verifies with it. False for any edit of any member after signing.
     */
    public boolean signedBy(PublicKey trusted) {
        if (!HeadKeys.keyId(trusted).equals(keyId())) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(HeadKeys.ALGORITHM);
            verifier.initVerify(trusted);
            verifier.update(message());
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The signed bytes: the canonical JSON of every member but {@code signature}, in UTF-8. */
    public byte[] message() {
        return Json.canonical(new JsonObject(members(false))).getBytes(StandardCharsets.UTF_8);
    }

    /** The file's one line (canonical JSON, without the line feed). */
    public String toLine() {
        return Json.canonical(new JsonObject(members(true)));
    }

    private Map<String, JsonValue> members(boolean withSignature) {
        Map<String, JsonValue> members = new LinkedHashMap<>(HeadClaim.members(head));
        members.put("format", new JsonString(FORMAT));
        members.put("format_version", new JsonNumber(FORMAT_VERSION));
        members.put("key_id", new JsonString(HeadKeys.keyId(key())));
        members.put("public_key", new JsonString(publicKey));
        members.put("signed_at", new JsonString(Timestamps.format(signedAt)));
        if (withSignature) {
            members.put("signature", new JsonString(signature));
        }
        return members;
    }
}
