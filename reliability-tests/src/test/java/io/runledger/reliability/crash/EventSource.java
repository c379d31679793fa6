package io.runledger.reliability.crash;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Audit events with client-supplied ids and varied content (levels, Unicode, escapes, nested data,
 * sizes from a few bytes to a few kilobytes), so that a torn or mixed-up write would show as a
 * difference. Every field is sent, {@code ts} included, so the stored record is fully determined.
 * Thread-safe: each caller passes its own {@link Random}.
 */
final class EventSource {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Instant EPOCH = Instant.parse("2026-11-21T10:00:00Z");
    private static final List<String> LEVELS = List.of("debug", "info", "warn", "error");
    private static final List<String> SCOPES = List.of("crash", "crash.loop", "ingest/étape", "日本語", "s p a c e");
    private static final List<String> WORDS = List.of("plain", "quote \" and \\ backslash", "tab\tand\nnewline",
            "emoji 🚀🧪", "Ünïcödé ŝtrïng", "控制字符", "\u2028 line separator", "<script>x</script>", "' OR 1=1 --");

    private final String prefix;
    private final AtomicLong sequence = new AtomicLong();

    /** Ids are {@code prefix + "-" + n}; the prefix must be unique per store. */
    EventSource(String prefix) {
        this.prefix = prefix;
    }

    SentEvent next(Random random) {
        long n = sequence.incrementAndGet();
        String id = prefix + "-" + n;
        ObjectNode body = JSON.createObjectNode();
        body.put("event_id", id);
        body.put("level", LEVELS.get(random.nextInt(LEVELS.size())));
        body.put("scope", SCOPES.get(random.nextInt(SCOPES.size())));
        body.put("event", "crash.event." + random.nextInt(20));
        body.put("message", "event " + n + ": " + WORDS.get(random.nextInt(WORDS.size())));
        body.put("ts", TS.format(EPOCH.plusNanos(random.nextLong(86_400_000_000L) * 1000)));
        body.set("data", data(n, random));
        ObjectNode expected = body.deepCopy();
        expected.putNull("run_id");
        expected.put("type", "audit");
        return new SentEvent(id, body, reparsed(expected));
    }

    /** The node as Jackson reads it back from text (small numbers as ints), so it compares equal to a parsed record. */
    private static ObjectNode reparsed(ObjectNode node) {
        try {
            return (ObjectNode) JSON.readTree(JSON.writeValueAsString(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode data(long n, Random random) {
        ObjectNode data = JSON.createObjectNode();
        data.put("n", n);
        data.put("flag", random.nextBoolean());
        data.put("big", 9_007_199_254_740_991L - random.nextInt(1000));
        data.put("half", random.nextInt(100) + 0.5);
        data.putNull("nothing");
        ArrayNode tags = data.putArray("tags");
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        ObjectNode nested = data.putObject("nested");
        nested.put("zeta", "ü");
        nested.putArray("list").add(1).add("two").addNull().addObject().put("k", "v");
        // Mostly small events, some of a few kilobytes, so batches span several pages or blocks.
        int padding = random.nextInt(10) == 0 ? random.nextInt(4000) : random.nextInt(200);
        data.put("pad", "x".repeat(padding));
        return data;
    }
}
