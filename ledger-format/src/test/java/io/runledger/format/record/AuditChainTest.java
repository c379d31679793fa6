package io.runledger.format.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chain's definition against the test vector of docs/AUDIT_CHAIN.md, computed independently with sha256sum. */
class AuditChainTest {
    static final AuditEvent FIRST = new AuditEvent(new EventId("ev-0001"), Instant.parse("2026-11-21T10:00:00Z"),
            AuditLevel.INFO, Optional.empty(), "ci", "deployed", "release 1.2.0", CanonicalJson.EMPTY_OBJECT);
    static final AuditEvent SECOND = new AuditEvent(new EventId("ev-0002"), Instant.parse("2026-11-21T10:00:01.000001Z"),
            AuditLevel.WARN, Optional.empty(), "ci", "noted", "ünïcode ✓", new CanonicalJson("{\"n\":2}"));

    @Test
    void theGenesisIsTheSha256OfItsDocumentedText() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest("runledger audit chain".getBytes(StandardCharsets.US_ASCII));
        assertEquals(HexFormat.of().formatHex(digest), AuditChain.GENESIS);
        assertEquals(new ChainLink(0, AuditChain.GENESIS), AuditChain.START);
    }

    @Test
    void eachPositionHashesThePreviousChainAndTheEventsExportLineAsTheDocumentedVectorSays() {
        AuditChain chain = AuditChain.after(AuditChain.START);

        assertEquals(new ChainLink(1, "9e42ab982bd18c15a9962823a9f27c378dd78a27bf6a3fe695b6af63edb0a362"), chain.append(FIRST));
        assertEquals(new ChainLink(2, "714ad5cdf7190cf65e74e2840436666520c61b01d822f88923e21371fee468a2"), chain.append(SECOND));
        assertEquals(2, chain.head().seq());
    }

    @Test
    void anEventLinksAsItsCanonicalLineDoesAndOneItCannotWriteLeavesTheChainAsItWas() {
        AuditChain chain = AuditChain.after(AuditChain.START);
        assertEquals(chain.link(AuditChain.GENESIS, RecordLines.toLine(SECOND)), chain.link(AuditChain.GENESIS, SECOND));

        AuditEvent beforeYearZero = new AuditEvent(new EventId("ev-0000"), Instant.parse("-0001-12-31T23:59:59Z"),
                AuditLevel.INFO, Optional.empty(), "ci", "too old", "no line can hold it", CanonicalJson.EMPTY_OBJECT);
        StoreException refused = assertThrows(StoreException.class, () -> chain.append(beforeYearZero));
        assertEquals(ReasonCode.VALIDATION_FAILED, refused.reason());
        assertEquals(AuditChain.START, chain.head());
        assertEquals(new ChainLink(1, "9e42ab982bd18c15a9962823a9f27c378dd78a27bf6a3fe695b6af63edb0a362"), chain.append(FIRST));
    }

    @Test
    void anyChangeToAnEventOrItsPredecessorChangesItsChain() {
        String honest = AuditChain.after(AuditChain.START).append(FIRST).chain();
        AuditEvent edited = new AuditEvent(FIRST.eventId(), FIRST.ts(), FIRST.level(), FIRST.runId(), FIRST.scope(),
                FIRST.event(), "release 1.2.1", FIRST.data());

        assertNotEquals(honest, AuditChain.after(AuditChain.START).append(edited).chain());
        assertNotEquals(honest, AuditChain.after(new ChainLink(0, "0".repeat(64))).append(FIRST).chain());
    }

    @Test
    void aChainedAuditLineCarriesChainAndSeqInKeyOrderAndReadsBack() {
        ChainLink link = new ChainLink(2, "714ad5cdf7190cf65e74e2840436666520c61b01d822f88923e21371fee468a2");
        String line = RecordLines.toLine(SECOND, link);

        assertEquals("{\"chain\":\"714ad5cdf7190cf65e74e2840436666520c61b01d822f88923e21371fee468a2\",\"data\":{\"n\":2},"
                + "\"event\":\"noted\",\"event_id\":\"ev-0002\",\"level\":\"warn\",\"message\":\"ünïcode ✓\",\"run_id\":null,"
                + "\"scope\":\"ci\",\"seq\":2,\"ts\":\"2026-11-21T10:00:01.000001Z\",\"type\":\"audit\"}", line);
        assertEquals(new ChainedEvent(link, SECOND), RecordLines.readChained(line, 7));
        String spaced = line.replace(",\"seq\":2,", ", \"seq\" : 2.0 ,");
        assertEquals(new ChainedEvent(link, SECOND), RecordLines.readChained(spaced, 7), "valid but not canonical is read in full");
    }

    @Test
    void aChainedLineWithABadChainOrSeqIsRefusedNamingTheLine() {
        String line = RecordLines.toLine(SECOND, new ChainLink(2, "a".repeat(64)));
        for (String bad : new String[] {line.replace("\"seq\":2", "\"seq\":0"), line.replace("\"seq\":2", "\"seq\":\"2\""),
                line.replace("a".repeat(64), "A".repeat(64)), line.replace(",\"seq\":2", "")}) {
            StoreException e = assertThrows(StoreException.class, () -> RecordLines.readChained(bad, 9), bad);
            assertEquals(ReasonCode.IMPORT_FORMAT_INVALID, e.reason());
            assertEquals(true, e.getMessage().startsWith("line 9: "), e.getMessage());
        }
    }
}
