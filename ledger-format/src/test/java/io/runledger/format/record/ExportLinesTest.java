package io.runledger.format.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The strict line reader: offsets, its length limit, and reading on after a line that is not UTF-8. */
class ExportLinesTest {
    private static ExportLines lines(byte[] bytes, int limit) {
        return new ExportLines(new ByteArrayInputStream(bytes), limit);
    }

    @Test
    void theOffsetIsWhereTheNextLineStarts() {
        ExportLines lines = lines("ab\né\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 16);
        assertEquals(Optional.of("ab"), lines.next());
        assertEquals(3, lines.offset());
        assertEquals(Optional.of("é"), lines.next());
        assertEquals(6, lines.offset());
        assertEquals(2, lines.lineNumber());
        assertEquals(Optional.empty(), lines.next());
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedNamingIt() {
        ExportLines lines = lines("abc\nabcde\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 4);
        assertEquals(Optional.of("abc"), lines.next());
        StoreException e = assertThrows(StoreException.class, lines::next);
        assertEquals(ReasonCode.IMPORT_FORMAT_INVALID, e.reason());
        assertTrue(e.getMessage().startsWith("line 2: the line is longer than 4 bytes"), e.getMessage());
    }

    @Test
    void afterALineThatIsNotUtf8TheNextLineIsRead() {
        ExportLines lines = lines(new byte[] {'a', (byte) 0xC3, '(', '\n', 'b', '\n', 'c'}, 16);
        StoreException e = assertThrows(StoreException.class, lines::next);
        assertTrue(e.getMessage().startsWith("line 1: the line is not valid UTF-8"), e.getMessage());
        assertEquals(4, lines.offset());
        assertEquals(Optional.of("b"), lines.next());
        e = assertThrows(StoreException.class, lines::next);
        assertTrue(e.getMessage().startsWith("line 3: the last line does not end with a line feed"), e.getMessage());
        assertEquals(6, lines.offset());
    }
}
