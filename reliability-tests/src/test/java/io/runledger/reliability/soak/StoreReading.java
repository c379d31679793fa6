package io.runledger.reliability.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * What a store holds, read the two ways the soak checks it: through the API of a running server
 * (every page of runs and audit, the steps of every run) and from {@code store export} of the
 * stopped store. Reading the API also asserts its own paging: no item twice.
 */
public final class StoreReading {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int READERS = 4;

    private StoreReading() {
    }

    /** The contents as the API at {@code base} lists them. */
    public static StoreContents fromApi(URI base) throws Exception {
        LedgerClient client = new LedgerClient(new Instances(List.of(base)), 0, new Tally());
        Map<String, String> runs = new ConcurrentHashMap<>();
        everyItem(client, "/v1/runs", run -> runs.put(run.path("run_id").asText(), run.path("status").asText()));
        Set<String> events = ConcurrentHashMap.newKeySet();
        everyItem(client, "/v1/audit", event -> events.add(event.path("event_id").asText()));
        Map<String, String> steps = new ConcurrentHashMap<>();
        List<String> runIds = List.copyOf(runs.keySet());
        ExecutorService pool = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int reader = 0; reader < READERS; reader++) {
                int first = reader;
                pending.add(pool.submit(() -> {
                    LedgerClient own = new LedgerClient(new Instances(List.of(base)), 0, new Tally());
                    for (int i = first; i < runIds.size(); i += READERS) {
                        String runId = runIds.get(i);
                        everyItem(own, "/v1/runs/" + runId + "/steps", step -> steps.put(runId + "/"
                                + step.path("step_id").asText(), step.path("status").asText()));
                    }
                    return null;
                }));
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return new StoreContents(Map.copyOf(runs), Map.copyOf(steps), Set.copyOf(events));
    }

    /** The contents of an export file; its trailer's counts must match its records. */
    public static StoreContents fromExport(Path file) throws IOException {
        Map<String, String> runs = new java.util.HashMap<>();
        Map<String, String> steps = new java.util.HashMap<>();
        Set<String> events = new HashSet<>();
        JsonNode trailer = null;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode record = JSON.readTree(line);
                switch (record.path("type").asText()) {
                    case "run" -> runs.put(record.path("run_id").asText(), record.path("status").asText());
                    case "step" -> steps.put(record.path("run_id").asText() + "/" + record.path("step_id").asText(),
                            record.path("status").asText());
                    case "audit" -> events.add(record.path("event_id").asText());
                    case "trailer" -> trailer = record;
                    default -> {
                        // the header
                    }
                }
            }
        }
        if (trailer == null || trailer.path("counts").path("runs").asInt() != runs.size()
                || trailer.path("counts").path("steps").asInt() != steps.size()
                || trailer.path("counts").path("audit").asInt() != events.size()) {
            throw new AssertionError("export trailer " + trailer + " does not match its records: " + runs.size()
                    + " runs, " + steps.size() + " steps, " + events.size() + " events");
        }
        return new StoreContents(runs, steps, events);
    }

    private static void everyItem(LedgerClient client, String path, Consumer<JsonNode> item) {
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            String page = path + "?limit=1000" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Reply reply = client.send("GET", page, null);
            if (reply.status() != 200) {
                throw new AssertionError("GET " + page + " -> " + reply.status() + " " + reply.body());
            }
            JsonNode body = reply.json();
            for (JsonNode node : body.path("items")) {
                if (!seen.add(node.toString())) {
                    throw new AssertionError("GET " + path + " listed an item twice: " + node);
                }
                item.accept(node);
            }
            cursor = body.path("next_cursor").isNull() ? null : body.path("next_cursor").asText();
        } while (cursor != null);
    }
}
