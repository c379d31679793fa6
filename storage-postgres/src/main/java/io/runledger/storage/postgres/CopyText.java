package io.runledger.storage.postgres;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.sql.jdbc.ColumnWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows in the text format of PostgreSQL's {@code COPY … FROM STDIN}, collected in a growing buffer:
 * columns separated by a tab, a line feed after each row, {@code \N} for NULL, and backslash, tab,
 * line feed and carriage return escaped with a backslash (every other character, other control
 * characters included, stands for itself). Text goes as UTF-8, the connection's client encoding; in
 * UTF-8 the bytes of a multi-byte character are all above 0x7F, so escaping works byte by byte.
 * PostgreSQL text cannot hold U+0000, which FORMAT.md allows: such a value is refused here, before it
 * reaches the server, as {@link ReasonCode#VALIDATION_FAILED} (as an insert of it would be).
 */
final class CopyText implements ColumnWriter {
    private byte[] bytes = new byte[64 * 1024];
    private int length;
    private boolean rowStarted;

    @Override
    public void text(String value) {
        separate();
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        room(utf8.length * 2);
        for (byte b : utf8) {
            switch (b) {
                case '\\' -> escaped('\\');
                case '\t' -> escaped('t');
                case '\n' -> escaped('n');
                case '\r' -> escaped('r');
                case 0 -> throw new StoreException(ReasonCode.VALIDATION_FAILED, "cannot write the record: the store "
                        + "refused a value (PostgreSQL text cannot hold the character 0x00, U+0000)");
                default -> bytes[length++] = b;
            }
        }
    }

    @Override
    public void bigint(long value) {
        separate();
        ascii(Long.toString(value));
    }

    @Override
    public void nullText() {
        separate();
        ascii("\\N");
    }

    @Override
    public void nullBigint() {
        nullText();
    }

    @Override
    public void endRow() {
        room(1);
        bytes[length++] = '\n';
        rowStarted = false;
    }

    /** The bytes of the rows written since the last {@link #clear()}. */
    byte[] buffer() {
        return bytes;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    private void separate() {
        if (rowStarted) {
            room(1);
            bytes[length++] = '\t';
        }
        rowStarted = true;
    }

    private void escaped(char c) {
        bytes[length++] = '\\';
        bytes[length++] = (byte) c;
    }

    private void ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
