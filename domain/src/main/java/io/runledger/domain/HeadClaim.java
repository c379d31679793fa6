package io.runledger.domain;

import io.runledger.format.json.Json;
import io.runledger.format.json.JsonFields;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonNull;
import io.runledger.format.json.JsonValue.JsonNumber;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A head someone kept, read back from a file for {@code audit verify --head}: either a signed head
 * ({@link SignedHead}) or the plain object {@code audit head --json} prints, {@code {"chain":…,"seq":N,
 * "ts":TS|null}}, whose only proof is where it was kept. A file that is neither is refused with
 * {@link ReasonCode#USAGE_ERROR}; a signed head whose {@code key_id} does not match its key, with
 * {@link ReasonCode#AUDIT_HEAD_SIGNATURE_INVALID}.
 */
public record HeadClaim(AuditHead head, Optional<SignedHead> signed) {
    private static final Set<String> PLAIN = Set.of("chain", "seq", "ts");
    private static final Set<String> SIGNED = Set.of("chain", "format", "format_version", "key_id", "public_key", "seq",
            "signature", "signed_at", "ts");

    public HeadClaim {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(signed, "signed");
    }

    /** Reads the text of a head file; {@code origin} names it in a refusal. */
    public static HeadClaim read(String text, String origin) {
        try {
            JsonValue value = Json.parse(text.strip());
            if (!(value instanceof JsonObject object)) {
                throw JsonFields.invalid("it is not one JSON object");
            }
            if (!object.members().containsKey("signature")) {
                JsonFields.of(origin, object).allowOnly(PLAIN).requireKeys(PLAIN);
                return new HeadClaim(head(object), Optional.empty());
            }
            JsonFields fields = JsonFields.of(origin, object).allowOnly(SIGNED).requireKeys(SIGNED);
            if (!SignedHead.FORMAT.equals(fields.string("format"))
                    || number(object, "format_version") != SignedHead.FORMAT_VERSION) {
                throw JsonFields.invalid("format is not " + SignedHead.FORMAT + " version " + SignedHead.FORMAT_VERSION);
            }
            SignedHead signed = new SignedHead(head(object), Timestamps.parse("signed_at", fields.string("signed_at")),
                    fields.string("public_key"), fields.string("signature"));
            if (!signed.keyId().equals(fields.string("key_id"))) {
                throw invalid(origin + ": its key_id does not match its public_key (" + signed.keyId()
                        + "): the file was changed after it was signed");
            }
            return new HeadClaim(signed.head(), Optional.of(signed));
        } catch (StoreException e) {
            if (e.reason() == ReasonCode.AUDIT_HEAD_SIGNATURE_INVALID || e.reason() == ReasonCode.USAGE_ERROR) {
                throw e;
            }
            throw new StoreException(ReasonCode.USAGE_ERROR, origin + " is not an audit head (docs/AUDIT_CHAIN.md, \"Heads\"): "
                    + e.getMessage());
        }
    }

    /**
     * Checks the signature, raising {@link ReasonCode#AUDIT_HEAD_SIGNATURE_INVALID} when it does not hold:
     * with a {@code trusted} key the head must be signed by that key; without one, a signed head's signature
     * must hold with the key the file carries (which proves the file intact, not who signed it), and a plain
     * head passes. {@code origin} names the file.
     */
    public void requireSignature(Optional<PublicKey> trusted, String origin) {
        if (signed.isEmpty()) {
            trusted.ifPresent(key -> {
                throw invalid(origin + " is not signed, but a signature by key " + HeadKeys.keyId(key) + " was asked for");
            });
            return;
        }
        SignedHead head = signed.get();
        if (trusted.isPresent() && !HeadKeys.keyId(trusted.get()).equals(head.keyId())) {
            throw invalid(origin + " was signed by key " + head.keyId() + ", not by the key given (" + HeadKeys.keyId(trusted.get())
                    + ")");
        }
        if (!head.signedBy(trusted.orElseGet(head::key))) {
            throw invalid(origin + ": the signature does not hold for its content: the file was changed after it was signed,"
                    + " or forged");
        }
    }

    private static StoreException invalid(String why) {
        return new StoreException(ReasonCode.AUDIT_HEAD_SIGNATURE_INVALID, why + "; see docs/AUDIT_CHAIN.md, \"Signing heads\"");
    }

    /** The members {@code seq}, {@code chain} and {@code ts} of a head, as its files write them. */
    static Map<String, JsonValue> members(AuditHead head) {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put("chain", new JsonString(head.link().chain()));
        members.put("seq", new JsonNumber(head.link().seq()));
        members.put("ts", head.ts().<JsonValue>map(ts -> new JsonString(Timestamps.format(ts))).orElse(JsonNull.INSTANCE));
        return members;
    }

    private static AuditHead head(JsonObject object) {
        JsonFields fields = JsonFields.of("head", object);
        String chain = fields.string("chain");
        if (!ChainLink.isHash(chain)) {
            throw JsonFields.invalid("chain must be 64 lowercase hex digits");
        }
        return new AuditHead(new ChainLink(number(object, "seq"), chain),
                fields.optionalString("ts").map(ts -> Timestamps.parse("ts", ts)));
    }

    private static long number(JsonObject object, String key) {
        JsonValue value = object.get(key).orElseThrow();
        if (value instanceof JsonNumber number && number.value() >= 0 && number.value() == Math.rint(number.value())
                && number.value() <= 9_007_199_254_740_991d) {
            return (long) number.value();
        }
        throw JsonFields.invalid(key + " must be a whole number of 0 or more");
    }
}
