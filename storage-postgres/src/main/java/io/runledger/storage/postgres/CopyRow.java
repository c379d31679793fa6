package io.runledger.storage.postgres;

import io.runledger.storage.sql.jdbc.ColumnReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalLong;

/**
 * One row of {@code COPY … TO STDOUT} in text format, split into its columns: tab-separated,
 * {@code \N} for NULL, backslash escapes undone (the server writes {@code \\ \t \n \r \b \f \v} for
 * those characters and nothing else escaped), UTF-8 decoded. Reused row after row.
 */
final class CopyRow implements ColumnReader {
    private String[] columns = new String[16];
    private int count;
    private byte[] scratch = new byte[1024];

    /** Reads {@code line} (one row, with or without its line feed) as the current row. */
    void parse(byte[] line) {
        int end = line.length > 0 && line[line.length - 1] == '\n' ? line.length - 1 : line.length;
        count = 0;
        int start = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || line[i] == '\t') {
                add(column(line, start, i));
                start = i + 1;
            }
        }
    }

    @Override
    public String text(int column) {
        if (column < 1 || column > count) {
            throw new IllegalArgumentException("the row has " + count + " columns, not " + column);
        }
        return columns[column - 1];
    }

    @Override
    public OptionalLong bigint(int column) {
        String text = text(column);
        return text == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    }

    private void add(String value) {
        if (count == columns.length) {
            columns = Arrays.copyOf(columns, count * 2);
        }
        columns[count++] = value;
    }

    private String column(byte[] line, int from, int to) {
        if (to - from == 2 && line[from] == '\\' && line[from + 1] == 'N') {
            return null;
        }
        if (scratch.length < to - from) {
            scratch = new byte[Math.max(scratch.length * 2, to - from)];
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            byte b = line[i];
            if (b == '\\' && i + 1 < to) {
                b = unescaped(line[++i]);
            }
            scratch[n++] = b;
        }
        return new String(scratch, 0, n, StandardCharsets.UTF_8);
    }

    private static byte unescaped(byte escape) {
        return switch (escape) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'v' -> 0x0b;
            default -> escape;
        };
    }
}
