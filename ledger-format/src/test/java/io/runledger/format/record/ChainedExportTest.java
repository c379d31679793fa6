package io.runledger.format.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Export format version 2 (FORMAT.md, docs/AUDIT_CHAIN.md): audit lines carry {@code seq} and
 * {@code chain}, the content hash covers them, the header carries the anchor of a pruned chain, and a
 * reader checks the chain in {@code seq} order — whatever the order of the lines — before the trailer.
 */
class ChainedExportTest {
    private static final int HEAD = 3;
    private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
    /** Lines of the vector: 1 header, 2-13 runs, 14-43 steps, 44-103 audit events, 104 trailer. */
    private static final int FIRST_EVENT = 44;
    private static final int TRAILER = 104;

    /** The vector's records, its events chained after {@code start} in a shuffled order (not that of their ids). */
    private static List<LedgerRecord> chained(ChainLink start) throws IOException {
        List<LedgerRecord> records = read(String.join("\n", SampleExportTest.lines()) + "\n");
        List<AuditEvent> bySeq = new ArrayList<>(records.stream().filter(AuditEvent.class::isInstance)
                .map(AuditEvent.class::cast).toList());
        Collections.shuffle(bySeq, new Random(7));
        AuditChain chain = AuditChain.after(start);
        Map<AuditEvent, ChainLink> links = new HashMap<>();
        bySeq.forEach(event -> links.put(event, chain.append(event)));
        return records.stream().map(r -> r instanceof AuditEvent e ? (LedgerRecord) new ChainedEvent(links.get(e), e) : r)
                .toList();
    }

    private static String write(ExportHeader header, List<LedgerRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExportWriter(out, done -> { }).write(header, new RecordList(records));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<LedgerRecord> read(String text) {
        ExportReader reader = ExportReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), HEAD);
        List<LedgerRecord> records = new ArrayList<>();
        reader.forEachRemaining(records::add);
        assertTrue(reader.trailer().isPresent());
        return records;
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n")));
    }

    private static String edited(String text, Consumer<List<String>> edit) {
        List<String> lines = lines(text);
        edit.accept(lines);
        return String.join("\n", lines) + "\n";
    }

    /** The file with its trailer's content hash recomputed over its records, so that only the chain can tell. */
    private static String rehashed(String text) {
        List<String> lines = lines(text);
        ContentTally tally = new ContentTally();
        for (int i = 1; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            tally.add(line.startsWith("{\"chain\"") ? RecordLines.readChained(line, i + 1) : RecordLines.read(line, i + 1), line);
        }
        lines.set(lines.size() - 1, ExportTrailer.toLine(tally.summary()));
        return String.join("\n", lines) + "\n";
    }

    private static void broken(int line, String text) {
        StoreException failure = assertThrows(StoreException.class, () -> read(text));
        assertEquals(ReasonCode.AUDIT_CHAIN_BROKEN, failure.reason(), failure.getMessage());
        assertTrue(failure.getMessage().startsWith("line " + line + ": "), failure.getMessage());
    }

    private static int lineOfSeq(String text, long seq) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(",\"seq\":" + seq + ",")) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no line holds seq " + seq);
    }

    @Test
    void versionTwoWritesEveryAuditLineWithItsPositionAndReadsItBack() throws IOException {
        List<LedgerRecord> records = chained(AuditChain.START);
        String text = write(ExportHeader.chained(AT, HEAD, "json", Optional.empty()), records);

        List<String> lines = lines(text);
        assertTrue(lines.get(0).contains("\"format_version\":2"), lines.get(0));
        assertTrue(lines.get(FIRST_EVENT - 1).matches("\\{\"chain\":\"[0-9a-f]{64}\",\"data\":.*,\"seq\":\\d+,\"ts\":.*"),
                lines.get(FIRST_EVENT - 1));
        assertEquals(records, read(text));
        assertEquals(text, write(ExportHeader.chained(AT, HEAD, "json", Optional.empty()), read(text)));
    }

    @Test
    void theContentHashCoversThePositionsAndVersionOneLeavesThemOut() throws IOException {
        List<LedgerRecord> records = chained(AuditChain.START);
        String v2 = write(ExportHeader.chained(AT, HEAD, "json", Optional.empty()), records);
        String v1 = write(new ExportHeader(AT, HEAD, "json"), records);

        assertEquals(String.join("\n", SampleExportTest.lines()) + "\n", v1, "version 1 is the vector, without positions");
        ExportSummary chainedSummary = ExportWriter.summarize(new RecordList(records));
        assertNotEquals(ExportWriter.summarize(new RecordList(records), 10, ExportHeader.FORMAT_VERSION), chainedSummary);
        assertTrue(v2.endsWith(ExportTrailer.toLine(chainedSummary) + "\n"));
        List<LedgerRecord> rechained = chained(new ChainLink(5, AuditChain.GENESIS));
        assertNotEquals(chainedSummary, ExportWriter.summarize(new RecordList(rechained)), "other positions, another hash");
    }

    @Test
    void anAnchorInTheHeaderStartsTheChainAndReadsBack() throws IOException {
        ChainLink anchor = new ChainLink(40, "ab".repeat(32));
        String text = write(ExportHeader.chained(AT, HEAD, "json", Optional.of(anchor)), chained(anchor));

        assertTrue(text.startsWith("{\"chain_anchor\":{\"chain\":\"" + anchor.chain() + "\",\"seq\":40},\"exported_at\""),
                text.substring(0, 120));
        ExportReader reader = ExportReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), HEAD);
        reader.forEachRemaining(record -> { });
        assertEquals(Optional.of(anchor), reader.header().chainAnchor());
        assertEquals(100L, reader.chainHead().orElseThrow().seq());

        String otherAnchor = edited(text, lines -> lines.set(0, lines.get(0).replace(anchor.chain(), "cd".repeat(32))));
        broken(lineOfSeq(text, 41), otherAnchor);
        String noAnchor = edited(text, lines -> lines.set(0, lines.get(0).replaceFirst("\\{\"chain_anchor\":\\{[^}]*},", "{")));
        broken(lineOfSeq(text, 41), noAnchor);
    }

    @Test
    void anEditedMessageIsABrokenChainAtItsLineEvenWithTheTrailerRecomputed() throws IOException {
        String text = write(ExportHeader.chained(AT, HEAD, "json", Optional.empty()), chained(AuditChain.START));
        for (int line : List.of(FIRST_EVENT, FIRST_EVENT + 17, TRAILER - 1)) {
            String tampered = edited(text, lines -> lines.set(line - 1,
                    lines.get(line - 1).replaceFirst("\"message\":\"", "\"message\":\"edited ")));
            broken(line, tampered);
            broken(line, rehashed(tampered));
        }
    }

    @Test
    void aMovedOrRepeatedPositionIsABrokenChain() throws IOException {
        String text = write(ExportHeader.chained(AT, HEAD, "json", Optional.empty()), chained(AuditChain.START));
        int fifth = lineOfSeq(text, 5);
        String repeated = rehashed(edited(text, lines -> lines.set(fifth - 1, lines.get(fifth - 1).replace(",\"seq\":5,", ",\"seq\":4,"))));
        StoreException failure = assertThrows(StoreException.class, () -> read(repeated));
        assertEquals(ReasonCode.AUDIT_CHAIN_BROKEN, failure.reason(), failure.getMessage());
        assertTrue(failure.getMessage().matches("line (" + fifth + "|" + lineOfSeq(text, 4) + "): .*"), failure.getMessage());

        int last = lineOfSeq(text, 60);
        String beyond = rehashed(edited(text, lines -> lines.set(last - 1, lines.get(last - 1).replace(",\"seq\":60,", ",\"seq\":61,"))));
        broken(last, beyond);
    }

    @Test
    void anAuditLineWithoutItsPositionIsRefusedInVersionTwo() throws IOException {
        String v1 = write(new ExportHeader(AT, HEAD, "json"), chained(AuditChain.START));
        String header2 = edited(v1, lines -> lines.set(0, lines.get(0).replace("\"format_version\":1", "\"format_version\":2")));
        StoreException failure = assertThrows(StoreException.class, () -> read(header2));
        assertEquals(ReasonCode.IMPORT_FORMAT_INVALID, failure.reason());
        assertTrue(failure.getMessage().startsWith("line " + FIRST_EVENT + ": "), failure.getMessage());
    }

    @Test
    void aChainAnchorInVersionOneOrAMalformedOneIsRefusedAtLineOne() throws IOException {
        String v1 = write(new ExportHeader(AT, HEAD, "json"), chained(AuditChain.START));
        for (String anchor : List.of("{\"chain\":\"" + "ab".repeat(32) + "\",\"seq\":3}", "{\"seq\":3}",
                "{\"chain\":\"xyz\",\"seq\":3}", "{\"chain\":\"" + "ab".repeat(32) + "\",\"seq\":0}")) {
            String text = edited(v1, lines -> lines.set(0, "{\"chain_anchor\":" + anchor + "," + lines.get(0).substring(1)
                    .replace("\"format_version\":1", anchor.equals("{\"chain\":\"" + "ab".repeat(32) + "\",\"seq\":3}")
                            ? "\"format_version\":1" : "\"format_version\":2")));
            StoreException failure = assertThrows(StoreException.class, () -> read(text));
            assertEquals(ReasonCode.IMPORT_FORMAT_INVALID, failure.reason(), failure.getMessage());
            assertTrue(failure.getMessage().startsWith("line 1: "), failure.getMessage());
        }
    }

    @Test
    void versionTwoCannotWriteAnEventWithoutItsPosition() throws IOException {
        List<LedgerRecord> plain = read(String.join("\n", SampleExportTest.lines()) + "\n");
        assertThrows(IllegalArgumentException.class,
                () -> write(ExportHeader.chained(AT, HEAD, "json", Optional.empty()), plain));
    }

    @Test
    void eventsPutAsideAreSpilledSortedAndMergedInSeqOrder() {
        List<AuditEvent> events = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            events.add(new AuditEvent(new io.runledger.storage.api.EventId(String.format("ev-%04d", i)), AT,
                    io.runledger.storage.api.AuditLevel.INFO, Optional.empty(), "ci", "noted", "message " + i,
                    io.runledger.storage.api.CanonicalJson.EMPTY_OBJECT));
        }
        List<AuditEvent> bySeq = new ArrayList<>(events);
        Collections.shuffle(bySeq, new Random(11));
        AuditChain chain = AuditChain.after(AuditChain.START);
        List<ChainedEvent> arriving = new ArrayList<>(bySeq.stream().map(e -> new ChainedEvent(chain.append(e), e)).toList());
        Collections.shuffle(arriving, new Random(3));

        try (ImportedChain check = new ImportedChain(AuditChain.START, 4_096)) {
            arriving.forEach(event -> check.add(event, 0));
            assertEquals(chain.head(), check.finish());
        }
        ChainedEvent gone = arriving.remove(100);
        try (ImportedChain check = new ImportedChain(AuditChain.START, 4_096)) {
            arriving.forEach(event -> check.add(event, 0));
            StoreException failure = assertThrows(StoreException.class, check::finish);
            assertEquals(ReasonCode.AUDIT_CHAIN_BROKEN, failure.reason());
            assertTrue(failure.getMessage().contains("position " + gone.link().seq() + " is missing"), failure.getMessage());
        }
    }
}
