package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.runledger.bootstrap.ConfigFlags;
import io.runledger.bootstrap.ConfigResolver;
import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.bootstrap.ProviderRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * {@code audit head [--json] [--sign KEY]} and {@code audit verify --head FILE [--key PUBLIC_KEY]} on every
 * backend: a head kept outside the store, signed with a key made by {@code openssl genpkey -algorithm
 * ed25519}, proves later that the store still holds exactly that history — also after changes from
 * outside Runledger that {@code audit verify} alone cannot see: a tail cut off with the recorded head
 * moved back, and a history rewritten from position 2 on whose chain the program itself recomputed.
 */
abstract class AuditHeadContract extends CliContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GENESIS = "88a619827b0214b520948ce35631959d37b1ef8e3a0558f1295bb1a250d80b99";
    /** Made with {@code openssl genpkey -algorithm ed25519}; its public key with {@code openssl pkey -pubout}. */
    private static final String PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\n"
            + "MC4CAQAwBQYDK2VwBCIEIBZ4+TwmJETK68k4W65g86ZYPclUJBAhCxYmOGsLZiIZ\n-----END PRIVATE KEY-----\n";
    private static final String PUBLIC_KEY = "-----BEGIN PUBLIC KEY-----\n"
            + "MCowBQYDK2VwAyEAWZ3mDz41Ubu3u3/QF+y5uYLz/KBlbWNGo3E4f77p4DI=\n-----END PUBLIC KEY-----\n";

    private static String events(int from, int to, String edited) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "{\"event_id\":\"e" + i + "\",\"ts\":\"2026-11-21T10:00:0" + i
                + ".000000Z\",\"level\":\"info\",\"scope\":\"ci\",\"event\":\"noted\",\"message\":\""
                + (i == 2 ? edited : "event " + i) + "\"}\n").collect(Collectors.joining());
    }

    /** A store holding e1 … e5 at positions 1 … 5, and its head signed into {@code head.json}. */
    private String storeWithASignedHead() {
        String location = migratedStore();
        ok(onWithInput(location, events(1, 5, "event 2"), "audit", "append"));
        write("head-key.pem", PRIVATE_KEY);
        write("head-key.pub", PUBLIC_KEY);
        Cli.Result signed = on(location, "audit", "head", "--sign", "head-key.pem");
        ok(signed);
        write("head.json", signed.out());
        return location;
    }

    private Cli.Result verifyKeptHead(String location) {
        return on(location, "audit", "verify", "--head", "head.json", "--key", "head-key.pub");
    }

    private void write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode json(Cli.Result result) throws IOException {
        return JSON.readTree(result.outLines().get(0));
    }

    @Test
    void anEmptyLogsHeadIsTheGenesisWithoutATimeAndAMissingStoreIsNotCreated() throws IOException {
        String missing = backend.freshLocation();
        refused(on(missing, "audit", "head"), 3, "store_not_initialized");
        JsonNode notThere = refusedAsJson(on(missing, "audit", "verify", "--json"), 3, "store_not_initialized");
        assertTrue(notThere.get("seq").isNull() && notThere.get("verified").isNull(), "nothing was read: " + notThere);
        assertFalse(backend.storeExists(missing), "audit head never creates a store");

        String location = migratedStore();
        Cli.Result head = on(location, "audit", "head", "--json");

        ok(head);
        assertEquals(0, json(head).get("seq").asLong());
        assertEquals(GENESIS, json(head).get("chain").asText());
        assertTrue(json(head).get("ts").isNull(), head.toString());
        assertEquals("head seq 0 chain " + GENESIS + " ts none", on(location, "audit", "head").out().strip());
    }

    @Test
    void theHeadIsWhatVerifyReportsAndASignedHeadStillHoldsAfterLaterAppends() throws IOException {
        String location = storeWithASignedHead();
        List<String> before = backend.snapshot(location);
        JsonNode head = json(on(location, "audit", "head", "--json"));
        JsonNode verified = json(on(location, "audit", "verify", "--json"));
        JsonNode signed = JSON.readTree(Files.readString(dir.resolve("head.json")));
        ok(verifyKeptHead(location));
        ok(on(location, "doctor"));
        assertEquals(before, backend.snapshot(location), "heads, proofs and doctor only read");

        assertEquals(5, head.get("seq").asLong());
        assertEquals("2026-11-21T10:00:05.000000Z", head.get("ts").asText());
        for (String field : new String[] {"seq", "chain", "ts"}) {
            assertEquals(verified.get(field), head.get(field), field);
            assertEquals(head.get(field), signed.get(field), field);
        }
        ok(onWithInput(location, events(6, 7, ""), "audit", "append"));

        Cli.Result held = verifyKeptHead(location);

        ok(held);
        assertTrue(held.out().startsWith("kept head held: this store holds seq 5 with chain " + head.get("chain").asText()
                + "; signed at "), held.toString());
        assertTrue(held.out().contains("audit chain intact: 7 events verified"), held.toString());
        Cli.Result heldAsJson = on(location, "audit", "verify", "--head", "head.json", "--key", "head-key.pub", "--json");
        ok(heldAsJson);
        JsonNode report = oneJsonObject(heldAsJson);
        assertTrue(report.get("ok").asBoolean() && report.get("reason").isNull(), heldAsJson.toString());
        assertEquals(7, report.get("seq").asLong(), heldAsJson.toString());
        JsonNode keptHead = report.get("kept_head");
        assertEquals("held", keptHead.get("result").asText(), heldAsJson.toString());
        assertEquals(5, keptHead.get("seq").asLong());
        assertEquals(head.get("chain"), keptHead.get("chain"));
        assertEquals(signed.get("key_id"), keptHead.get("key_id"));
        assertTrue(keptHead.get("signer_proven").asBoolean(), "--key proves the signer: " + heldAsJson);
        Cli.Result plain = on(location, "audit", "verify", "--head", "head.json");
        ok(plain);
        assertTrue(plain.out().contains("not who signed it"), "without --key the signer is not proven: " + plain);
    }

    @Test
    void aCutTailIsCaughtByTheKeptHeadEvenWithTheRecordedHeadMovedBack() {
        String location = storeWithASignedHead();
        backend.cutAuditTail(location, 3);
        ok(on(location, "audit", "verify"));

        Cli.Result cut = verifyKeptHead(location);

        refused(cut, 7, "audit_chain_broken");
        assertTrue(cut.err().contains("the kept head is seq 5, but this store's chain ends at seq 3"), cut.toString());
        assertTrue(cut.err().contains("the tail was cut"), cut.toString());
        Cli.Result cutAsJson = on(location, "audit", "verify", "--head", "head.json", "--key", "head-key.pub", "--json");
        JsonNode report = refusedAsJson(cutAsJson, 7, "audit_chain_broken");
        assertEquals(3, report.get("seq").asLong(), "the store's own head: " + cutAsJson);
        assertTrue(report.get("broken").isNull(), "the chain that is left is intact: " + cutAsJson);
        assertEquals("tail_cut", report.get("kept_head").get("result").asText(), cutAsJson.toString());
        assertEquals(5, report.get("kept_head").get("seq").asLong());
        assertTrue(report.get("problem").asText().contains("the tail was cut"), cutAsJson.toString());
    }

    @Test
    void aRewrittenHistoryWhoseChainWasRecomputedIsCaughtByTheKeptHead() {
        String location = storeWithASignedHead();
        backend.cutAuditTail(location, 1);
        ok(onWithInput(location, events(2, 5, "event 2, rewritten"), "audit", "append"));
        ok(on(location, "audit", "verify"));

        Cli.Result rewritten = verifyKeptHead(location);

        refused(rewritten, 7, "audit_chain_broken");
        assertTrue(rewritten.err().contains("position 5 holds chain "), rewritten.toString());
        assertTrue(rewritten.err().contains("was rewritten"), rewritten.toString());
        Cli.Result asJson = on(location, "audit", "verify", "--head", "head.json", "--key", "head-key.pub", "--json");
        assertEquals("rewritten", refusedAsJson(asJson, 7, "audit_chain_broken").get("kept_head").get("result").asText(),
                asJson.toString());
    }

    @Test
    void anEditedHeadFileOrAnotherKeyIsABadSignatureCheckedBeforeTheStoreIsRead() throws Exception {
        String location = storeWithASignedHead();
        String line = Files.readString(dir.resolve("head.json"));
        write("edited.json", line.replace("\"seq\":5", "\"seq\":4"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        write("other.pub", "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        write("plain.json", on(location, "audit", "head", "--json").out());
        String missing = backend.freshLocation();

        Cli.Result edited = on(location, "audit", "verify", "--head", "edited.json");
        Cli.Result otherKey = on(location, "audit", "verify", "--head", "head.json", "--key", "other.pub");
        Cli.Result unsigned = on(location, "audit", "verify", "--head", "plain.json", "--key", "head-key.pub");
        Cli.Result notAHead = on(missing, "audit", "verify", "--head", "head-key.pem");

        refused(edited, 7, "audit_head_signature_invalid");
        assertTrue(edited.err().contains("the signature does not hold for its content"), edited.toString());
        refused(otherKey, 7, "audit_head_signature_invalid");
        assertTrue(otherKey.err().contains("not by the key given"), otherKey.toString());
        refused(unsigned, 7, "audit_head_signature_invalid");
        refused(notAHead, 2, "usage_error");
        assertFalse(backend.storeExists(missing), "a refused head file opens no store");
        JsonNode editedAsJson = refusedAsJson(on(location, "audit", "verify", "--head", "edited.json", "--json"), 7,
                "audit_head_signature_invalid");
        assertTrue(editedAsJson.get("seq").isNull() && editedAsJson.get("kept_head").isNull(), editedAsJson.toString());
        assertTrue(editedAsJson.get("problem").asText().contains("the signature does not hold"), editedAsJson.toString());
        refusedAsJson(on(missing, "audit", "verify", "--head", "head-key.pem", "--json"), 2, "usage_error");
        refusedAsJson(on(location, "audit", "verify", "--key", "head-key.pub", "--json"), 2, "usage_error");
        assertFalse(backend.storeExists(missing), "a refused head file opens no store");
        ok(on(location, "audit", "verify", "--head", "plain.json"));
    }

    @Test
    void headsDoctorAndProofsReadAStoreThatAWriterHoldsOpen() {
        String location = storeWithASignedHead();
        ProviderRegistry registry = ProviderRegistry.installed();
        var config = new ConfigResolver(registry).resolve(
                new ConfigFlags(Optional.of(backend.backend()), Optional.of(location), Optional.empty()), Map.of(), dir);
        try (LedgerRuntime writer = LedgerRuntime.start(config, registry)) {
            writer.storeForWriting();

            Cli.Result head = on(location, "audit", "head");
            Cli.Result doctor = on(location, "doctor");
            Cli.Result held = verifyKeptHead(location);

            ok(head);
            assertTrue(head.out().startsWith("head seq 5 "), head.toString());
            ok(doctor);
            assertTrue(doctor.out().contains("audit_chain: verified 1..5 of 5"), doctor.toString());
            ok(held);
        }
    }
}
