package io.runledger.format.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.runledger.format.json.EcmaNumber;
import io.runledger.format.json.Json;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CanonicalRecordLinesTest {
    private static final String AUDIT = "{\"data\":{\"n\":7,\"path\":\"/srv/a\"},\"event\":\"step.done\",\"event_id\":\"ev-1\","
            + "\"level\":\"info\",\"message\":\"done\",\"run_id\":\"r1\",\"scope\":\"ci\",\"ts\":\"2024-01-01T00:00:00.000001Z\","
            + "\"type\":\"audit\"}";
    private static final String RUN = "{\"args\":{\"a\":[1,2.5,true,null,{}]},\"config_hash\":null,"
            + "\"created_at\":\"2024-01-01T00:00:00.000000Z\",\"finished_at\":null,\"git_sha\":\"abc\","
            + "\"labels\":{\"env\":\"prod\",\"team\":\"x\"},\"run_id\":\"r1\",\"status\":\"running\",\"type\":\"run\"}";
    private static final String STEP = "{\"finished_at\":\"2024-01-01T00:00:01.000000Z\",\"name\":\"n\",\"run_id\":\"r1\","
            + "\"started_at\":null,\"stats\":{},\"status\":\"succeeded\",\"step_id\":\"s1\",\"type\":\"step\"}";

    @Test
    void everyCanonicalLineWithoutEscapesOfTheSampleExportIsReadInOnePassAsTheFullParserReadsIt() throws IOException {
        List<String> lines = SampleExportTest.lines();
        int fast = 0;
        for (int i = 1; i < lines.size() - 1; i++) {
            String line = lines.get(i);
            boolean read = agreesWithTheFullParser(line);
            if (!line.contains("\\") && maxDepth(line) <= Json.MAX_DEPTH) {
                assertTrue(read, "a canonical line without escapes is read in one pass: " + line);
            }
            fast += read ? 1 : 0;
        }
        assertTrue(fast >= 60, "most sample lines take the one-pass reader (" + fast + ")");
    }

    @Test
    void theThreeRecordKindsAreReadInOnePass() {
        for (String line : List.of(AUDIT, RUN, STEP)) {
            assertTrue(agreesWithTheFullParser(line), line);
        }
    }

    @Test
    void anythingNotExactlyCanonicalIsLeftToTheFullParser() {
        List<String> variants = new ArrayList<>();
        for (String base : List.of(AUDIT, RUN, STEP)) {
            variants.add(base.replace(",", ", "));
            variants.add(base.replace(":", " :"));
            variants.add(" " + base);
            variants.add(base + " ");
            variants.add(base.replace("}", "},\"extra\":1}"));
            variants.add(base.replace("\"r1\"", "\"r 1\""));
            variants.add(base.replace("\"r1\"", "\"r\\u0031\""));
            variants.add(base.replace("2024-01-01T00:00:0", "2024-02-30T00:00:0"));
            variants.add(base.replace(".000000Z", "Z"));
            variants.add(base.replace(".000001Z", ".000001+00:00"));
            variants.add(base.replace("\"info\"", "\"loud\""));
            variants.add(base.replace("\"running\"", "\"paused\""));
        }
        for (String number : List.of("1.0", "1e2", "1E2", "-0", "01", "0.10", "1e21", "1e+21", "9007199254740993",
                "12345678901234567", "123456789012345", "-123456789012345", "0.1", "1.5e-7", "-", "1.", ".5", "1e",
                "1e400", "Infinity", "NaN", "0x10", "+1", "4.35", "100000000000000000000", "1e-7")) {
            variants.add(AUDIT.replace("\"n\":7", "\"n\":" + number));
        }
        for (String data : List.of("{\"b\":1,\"a\":2}", "{\"a\":1,\"a\":2}", "{\"a\":\"x\\ny\"}", "{\"a\":\"\\ud83d\\ude00\"}",
                "{\"a\":\"\ud83d\ude00\"}", "{\"a\":\"\ud83d\"}", "{\"a\":\"\ude00\"}", "{\"a\":\"\u0001\"}", "{\"\":1,\"a\":2}",
                "{\"a\":1,\"\":2}", "{\"ab\":1,\"a\":2}", "{\"a\":1,\"ab\":2}", "{\"é\":1,\"z\":2}", "{\"z\":1,\"é\":2}",
                "{\"a\":[1,]}", "{\"a\":[,1]}", "{\"a\":tru}", "{\"a\":nul}", "{\"a\":[]}", "{\"a\":{}}", "[]", "null", "\"x\"",
                "{\"a\":[[[[]]]]}", "{\"a\"}", "{\"a\":}", "{\"a\":1", "{\"a\":1}}", "{\"\ufb01\":1,\"\ud83d\ude00\":2}",
                "{\"\ud83d\ude00\":1,\"\ufb01\":2}", "{\"a\":\"\u007f\"}", "{\"a\":\"/\"}")) {
            variants.add(AUDIT.replace("{\"n\":7,\"path\":\"/srv/a\"}", data));
            variants.add(RUN.replace("{\"env\":\"prod\",\"team\":\"x\"}", data));
        }
        variants.add(AUDIT.replace("{\"n\":7,\"path\":\"/srv/a\"}", "{\"a\":" + "[".repeat(70) + "]".repeat(70) + "}"));
        variants.add(AUDIT.replace("{\"n\":7,\"path\":\"/srv/a\"}", "{\"a\":" + "[".repeat(62) + "]".repeat(62) + "}"));
        variants.add(AUDIT.replace("\"run_id\":\"r1\"", "\"run_id\":null"));
        variants.add(STEP.replace("\"run_id\":\"r1\"", "\"run_id\":null"));
        variants.add(RUN.replace("\"config_hash\":null", "\"config_hash\":\"" + "a".repeat(64) + "\""));
        variants.add(RUN.replace("\"config_hash\":null", "\"config_hash\":\"" + "A".repeat(64) + "\""));
        variants.add(RUN.replace("\"type\":\"run\"", "\"type\":\"step\""));
        variants.add(RUN.replace("\"args\":{\"a\":[1,2.5,true,null,{}]}", "\"args\":null"));
        for (String line : variants) {
            agreesWithTheFullParser(line);
        }
    }

    @Test
    void randomCanonicalRecordsReadInOnePassExactlyAsTheFullParserReadsThem() {
        Random random = new Random(20261121L);
        int fast = 0;
        for (int i = 0; i < 3_000; i++) {
            String data = Json.canonical(Json.parse(randomObject(random, 0)));
            String line = AUDIT.replace("{\"n\":7,\"path\":\"/srv/a\"}", data);
            boolean read = agreesWithTheFullParser(line);
            if (!line.contains("\\")) {
                assertTrue(read, "a canonical line without escapes is read in one pass: " + line);
            }
            fast += read ? 1 : 0;
        }
        assertTrue(fast > 1_000, "random lines take the one-pass reader (" + fast + ")");
    }

    /**
     * The property: a line the one-pass reader accepts is one the full parser accepts, as an equal
     * record whose canonical line is the line itself. Returns whether the one-pass reader accepted it.
     */
    private static boolean agreesWithTheFullParser(String line) {
        Optional<LedgerRecord> fast = CanonicalRecordLines.read(line);
        if (fast.isEmpty()) {
            return false;
        }
        LedgerRecord full;
        try {
            full = RecordLines.parse(line, 1);
        } catch (StoreException e) {
            fail("the one-pass reader accepted a line the full parser refuses (" + e.getMessage() + "): " + line);
            return false;
        }
        assertEquals(full, fast.get(), line);
        assertEquals(line, RecordLines.toLine(fast.get()), "an accepted line is canonical");
        return true;
    }

    private static String randomObject(Random random, int depth) {
        StringBuilder out = new StringBuilder("{");
        int members = random.nextInt(depth > 2 ? 2 : 5);
        for (int i = 0; i < members; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"').append(randomKey(random)).append(i).append("\":").append(randomValue(random, depth + 1));
        }
        return out.append('}').toString();
    }

    private static String randomValue(Random random, int depth) {
        return switch (random.nextInt(depth > 3 ? 6 : 8)) {
            // numbers a double holds exactly (others are refused): integers within ±2^53, doubles in BigDecimal's notation
            case 0 -> Long.toString(random.nextLong() >> (11 + random.nextInt(53)));
            case 1 -> new BigDecimal(EcmaNumber.format(random.nextGaussian() * Math.pow(10, random.nextInt(60) - 30))).toString();
            case 2 -> Integer.toString(random.nextInt(2_000) - 1_000) + ".0";
            case 3 -> "\"" + randomKey(random) + (random.nextInt(10) == 0 ? "\\n\\u0007\\\"" : "") + "\"";
            case 4 -> random.nextBoolean() ? "true" : "null";
            case 5 -> "1e" + (random.nextInt(60) - 30);
            case 6 -> randomObject(random, depth);
            default -> "[" + randomValue(random, depth + 1) + "," + randomValue(random, depth + 1) + "]";
        };
    }

    private static String randomKey(Random random) {
        String[] pieces = {"a", "B", "z", "é", "\u00ff", "\ufb01", "\ud83d\ude00", "_", "0", "~", "\u007f", "/"};
        StringBuilder key = new StringBuilder();
        for (int i = random.nextInt(4); i >= 0; i--) {
            key.append(pieces[random.nextInt(pieces.length)]);
        }
        return key.toString();
    }

    private static int maxDepth(String line) {
        int depth = 0;
        int max = 0;
        for (char c : line.toCharArray()) {
            if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }
}
