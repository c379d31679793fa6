package io.runledger.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scrape of {@code GET /metrics} in a test. {@link #validate} hands it to Prometheus's own checker,
 * {@code promtool check metrics}, which must parse it; its lint may question only the names of
 * Micrometer's JVM and process binders (e.g. {@code system_cpu_count}), never a Runledger meter. The sample lines are then read as {@code series → value} so a test
 * can watch counters move (the format's sample line: a name, optional labels, a value).
 */
record MetricsScrape(String text, Map<String, Double> samples) {
    /** Where promtool is looked for: RUNLEDGER_PROMTOOL, else {@code promtool} on the PATH. */
    static final Optional<Path> PROMTOOL = promtool();
    /** promtool's exit code for a scrape it parsed but whose names its lint questions. */
    private static final int LINT_REMARKS = 3;
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{.*})?) (\\S+)$");

    static MetricsScrape of(String text) {
        Map<String, Double> samples = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new AssertionError("not a sample line: " + line);
            }
            samples.put(sample.group(1), Double.parseDouble(sample.group(2).replace("+Inf", "Infinity")
                    .replace("-Inf", "-Infinity")));
        }
        return new MetricsScrape(text, Map.copyOf(samples));
    }

    /** The value of one series, e.g. {@code runledger_runs_created_total{backend="sqlite"}}; 0 when absent. */
    double value(String series) {
        return samples.getOrDefault(series, 0.0);
    }

    /** Whether some series of metric {@code name} exists. */
    boolean has(String name) {
        return samples.keySet().stream().anyMatch(series -> series.equals(name) || series.startsWith(name + "{"));
    }

    /** Fails unless {@code promtool check metrics} accepts the text (a run without promtool is skipped by the caller). */
    void validate(Path promtool) {
        try {
            Path input = Files.createTempFile("metrics", ".txt");
            try {
                Files.writeString(input, text, StandardCharsets.UTF_8);
                Process check = new ProcessBuilder(promtool.toString(), "check", "metrics")
                        .redirectInput(input.toFile()).redirectErrorStream(true).start();
                String said = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!check.waitFor(60, TimeUnit.SECONDS)) {
                    check.destroyForcibly();
                    throw new AssertionError("promtool check metrics did not finish");
                }
                // 0: clean; 3: parsed, with lint remarks; anything else: not the exposition format
                assertTrue(check.exitValue() == 0 || check.exitValue() == LINT_REMARKS,
                        () -> "promtool check metrics could not parse the scrape:\n" + said);
                for (String remark : said.split("\n")) {
                    assertFalse(remark.startsWith("runledger_") || remark.startsWith("http_server_"),
                            () -> "promtool's lint objects to a meter of Runledger's own: " + remark);
                }
            } finally {
                Files.deleteIfExists(input);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Optional<Path> promtool() {
        String given = System.getenv("RUNLEDGER_PROMTOOL");
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "promtool");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
