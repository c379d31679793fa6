package io.runledger.reliability.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reason codes of docs/REASON_CODES.md with the HTTP status the doc gives each (read from the doc,
 * not from the enum, so the fuzz checks the server against what users are told).
 */
public final class ReasonCatalog {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\|[^|]*\\| ([0-9]+|—) \\| ([0-9]+|—) \\|");
    private static final Map<String, Optional<Integer>> HTTP_STATUS = load();

    private ReasonCatalog() {
    }

    /** The documented HTTP status of {@code reason}; empty when it does not occur over HTTP or is unknown. */
    public static Optional<Integer> httpStatus(String reason) {
        return HTTP_STATUS.getOrDefault(reason, Optional.empty());
    }

    /** Whether the doc lists {@code reason} at all. */
    public static boolean documented(String reason) {
        return HTTP_STATUS.containsKey(reason);
    }

    private static Map<String, Optional<Integer>> load() {
        try {
            Map<String, Optional<Integer>> codes = new HashMap<>();
            for (String line : Files.readAllLines(Path.of("..", "docs", "REASON_CODES.md"))) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    codes.put(row.group(1), row.group(3).equals("—") ? Optional.empty()
                            : Optional.of(Integer.parseInt(row.group(3))));
                }
            }
            if (codes.size() < 20) {
                throw new IllegalStateException("docs/REASON_CODES.md lists only " + codes.size() + " codes");
            }
            return Map.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
