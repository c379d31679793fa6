package io.runledger.reliability.multi;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.reliability.soak.Instances;
import io.runledger.reliability.soak.Ledger;
import io.runledger.reliability.soak.LedgerClient;
import io.runledger.reliability.soak.Reply;
import io.runledger.reliability.soak.Tally;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A client paging through GET /v1/runs and GET /v1/audit while the load writes, each page from the
 * other instance (a page whose instance is down comes from the live one, with the same cursor). Each
 * walk must see ids in strictly ascending order (so none twice) and every id acknowledged before the
 * walk started (so none skipped).
 */
final class CursorWalker implements Runnable {
    private static final int LIMIT = 200;

    private final Instances instances;
    private final Ledger ledger;
    private final LedgerClient client;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong walks = new AtomicLong();
    private final AtomicLong pages = new AtomicLong();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();

    CursorWalker(Instances instances, Ledger ledger) {
        this.instances = instances;
        this.ledger = ledger;
        this.client = new LedgerClient(instances, 0, new Tally());
    }

    @Override
    public void run() {
        try {
            while (!stopped.get()) {
                walk("/v1/runs", "run_id", ledger::runIds);
                walk("/v1/audit", "event_id", ledger::eventIds);
            }
        } catch (RuntimeException e) {
            problems.add("the walker stopped: " + e);
        }
    }

    void stop() {
        stopped.set(true);
    }

    long walks() {
        return walks.get();
    }

    long pages() {
        return pages.get();
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    private void walk(String path, String idField, Supplier<Set<String>> acknowledged) {
        Set<String> before = acknowledged.get();
        Set<String> seen = new TreeSet<>();
        String last = null;
        String cursor = null;
        int page = 0;
        do {
            String url = path + "?limit=" + LIMIT + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Reply reply = client.send(page++ % instances.size(), "GET", url, null);
            pages.incrementAndGet();
            if (reply.status() != 200) {
                problems.add("GET " + url + " -> " + reply.status() + " " + reply.body());
                return;
            }
            JsonNode body = reply.json();
            for (JsonNode item : body.path("items")) {
                String id = item.path(idField).asText();
                if (last != null && id.compareTo(last) <= 0) {
                    problems.add(path + " listed " + id + " after " + last + " (page " + page + ")");
                }
                last = id;
                seen.add(id);
            }
            cursor = body.path("next_cursor").isNull() ? null : body.path("next_cursor").asText();
        } while (cursor != null);
        before.removeAll(seen);
        if (!before.isEmpty()) {
            problems.add(path + " walk skipped " + before.size() + " ids acknowledged before it started, e.g. "
                    + before.stream().limit(10).toList());
        }
        walks.incrementAndGet();
    }
}
