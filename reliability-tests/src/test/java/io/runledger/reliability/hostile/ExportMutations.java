package io.runledger.reliability.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Damage done to a valid export: flipped bytes, lines dropped, duplicated or swapped, a tampered
 * trailer (counts, hash) or header, truncation, invalid UTF-8, blank lines, CRLF endings, and
 * corrupted gzip (flipped or cut compressed bytes).
 */
final class ExportMutations {
    private ExportMutations() {
    }

    static Arbitrary<ExportMutation> all() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 1_000_000);
        return Arbitraries.oneOf(
                Combinators.combine(at, Arbitraries.integers().between(1, 255)).as((p, mask) ->
                        ExportMutation.plain("flip byte " + p + " ^ " + mask, bytes -> flip(bytes, p, mask))),
                at.map(k -> ExportMutation.plain("drop line " + k, bytes -> edit(bytes, lines -> lines.remove(k % lines.size())))),
                at.map(k -> ExportMutation.plain("duplicate line " + k, bytes -> edit(bytes, lines -> {
                    int i = k % lines.size();
                    lines.add(i, lines.get(i));
                }))),
                at.map(k -> ExportMutation.plain("swap lines " + k + " and next", bytes -> edit(bytes, lines -> {
                    int i = k % (lines.size() - 1);
                    lines.add(i, lines.remove(i + 1));
                }))),
                Arbitraries.of("\"runs\":12", "\"steps\":30", "\"audit\":60").map(count -> ExportMutation.plain(
                        "trailer count " + count + " + 1", bytes -> replace(bytes, count, count.replaceAll("[0-9]+$", "")
                                + (Integer.parseInt(count.replaceAll(".*:", "")) + 1)))),
                at.map(k -> ExportMutation.plain("trailer hash digit " + k % 64, bytes -> edit(bytes, lines -> {
                    int last = lines.size() - 1;
                    String trailer = lines.get(last);
                    int digit = trailer.indexOf("sha256:") + 7 + k % 64;
                    lines.set(last, trailer.substring(0, digit) + (trailer.charAt(digit) == '0' ? '1' : '0') + trailer.substring(digit + 1));
                }))),
                Arbitraries.of("\"format_version\":3", "\"format_version\":\"1\"", "\"format\":\"runledger-import\"",
                        "\"schema_version\":99", "\"schema_version\":-1", "\"source_backend\":\"\"", "\"exported_at\":\"now\"",
                        "\"format_version\":1,\"extra\":true").map(header -> ExportMutation.plain("header " + header,
                        bytes -> edit(bytes, lines -> lines.set(0, lines.get(0).replaceFirst("\"" + header.replaceAll("\"([a-z_]+)\".*", "$1")
                                + "\":(\"[^\"]*\"|-?[0-9]+)", header))))),
                Arbitraries.of(ExportMutation.plain("no header", bytes -> edit(bytes, lines -> lines.remove(0))),
                        ExportMutation.plain("no trailer", bytes -> edit(bytes, lines -> lines.remove(lines.size() - 1))),
                        ExportMutation.plain("empty file", bytes -> new byte[0]),
                        ExportMutation.plain("CRLF line endings", bytes -> replace(bytes, "\n", "\r\n")),
                        ExportMutation.plain("no final newline", bytes -> Arrays.copyOf(bytes, bytes.length - 1)),
                        ExportMutation.plain("header not JSON", bytes -> edit(bytes, lines -> lines.set(0, "runledger-export v1")))),
                at.map(k -> ExportMutation.plain("blank line at " + k, bytes -> edit(bytes, lines -> lines.add(k % lines.size(), "")))),
                at.map(p -> ExportMutation.plain("truncate at " + p, bytes -> Arrays.copyOf(bytes, p % bytes.length))),
                Combinators.combine(at, Arbitraries.of(0xff, 0x80, 0xc0)).as((p, bad) -> ExportMutation.plain(
                        "insert byte " + Integer.toHexString(bad) + " at " + p, bytes -> insert(bytes, p % bytes.length, (byte) (int) bad))),
                Combinators.combine(at, Arbitraries.integers().between(1, 255)).as((p, mask) -> ExportMutation.gzipped(
                        "gzip, flip compressed byte " + p + " ^ " + mask, gz -> flip(gz, p, mask))),
                at.map(p -> ExportMutation.gzipped("gzip, cut at " + p, gz -> Arrays.copyOf(gz, p % gz.length))));
    }

    private static byte[] flip(byte[] bytes, int at, int mask) {
        byte[] copy = bytes.clone();
        copy[at % copy.length] ^= (byte) mask;
        return copy;
    }

    private static byte[] insert(byte[] bytes, int at, byte inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        return new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] edit(byte[] bytes, java.util.function.Consumer<List<String>> change) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        lines.remove(lines.size() - 1);
        change.accept(lines);
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
