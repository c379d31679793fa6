package io.runledger.format.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A file of an older schema, whose run lines differ from today's, verifies and reads with a reader for those lines. */
class OlderSchemaLinesTest {
    private static final String DROPPED = "\"finished_at\":null,";
    /** Run lines of the pretend older schema lack finished_at; the reader puts it back. */
    private static final OlderSchemaLines OLDER = (schema, line, number) ->
            schema < 3 && line.startsWith("{\"args\":") && !line.contains("\"finished_at\"")
            ? Optional.of(RecordLines.parse(line.replace("\"git_sha\"", DROPPED + "\"git_sha\""), number))
            : Optional.empty();

    private static byte[] olderFile() throws Exception {
        List<String> lines = new ArrayList<>(SampleExportTest.lines());
        lines.set(0, lines.get(0).replace("\"schema_version\":3", "\"schema_version\":2"));
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (int i = 1; i < lines.size() - 1; i++) {
            lines.set(i, lines.get(i).replaceFirst("^(\\{\"args\".*)" + DROPPED, "$1"));
            digest.update((lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        int trailer = lines.size() - 1;
        lines.set(trailer, lines.get(trailer).replaceFirst("sha256:[0-9a-f]{64}", "sha256:" + HexFormat.of().formatHex(digest.digest())));
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<LedgerRecord> read(byte[] file, OlderSchemaLines older) {
        ExportReader reader = ExportReader.open(new ByteArrayInputStream(file), 3, older);
        List<LedgerRecord> records = new ArrayList<>();
        reader.forEachRemaining(records::add);
        return records;
    }

    private static List<LedgerRecord> sample() throws IOException {
        return read((String.join("\n", SampleExportTest.lines()) + "\n").getBytes(StandardCharsets.UTF_8), OlderSchemaLines.NONE);
    }

    @Test
    void linesOfAnOlderSchemaReadWithItsReaderAndHashAsWritten() throws Exception {
        assertEquals(sample(), read(olderFile(), OLDER));
    }

    @Test
    void withoutAReaderForThemTheOlderLinesAreRefused() throws Exception {
        byte[] file = olderFile();
        StoreException e = assertThrows(StoreException.class, () -> read(file, OlderSchemaLines.NONE));
        assertEquals(ReasonCode.IMPORT_FORMAT_INVALID, e.reason(), e.getMessage());
    }
}
