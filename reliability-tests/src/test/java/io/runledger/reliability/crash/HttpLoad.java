package io.runledger.reliability.crash;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Client threads POSTing to {@code /v1/audit}: single events and batches of 2–10, each with
 * client-supplied ids. A 201 acknowledges the batch (its body must show exactly the events sent); any
 * other outcome leaves it unacknowledged, to be stored all or none. Answers other than 201, 503 with a
 * reason (when {@code unavailableAllowed}) or no answer at all (a killed server) are problems.
 */
final class HttpLoad implements AutoCloseable {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);
    private static final Set<String> UNAVAILABLE_REASONS = Set.of("postgres_unavailable", "store_unavailable", "store_locked");

    private final SentLedger ledger;
    private final EventSource events;
    private final Answers answers = new Answers();
    private final LongAdder created = new LongAdder();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final boolean unavailableAllowed;
    private final Object gate = new Object();
    private volatile TestHttpClient target;
    private volatile boolean paused = true;
    private volatile boolean closed;

    HttpLoad(SentLedger ledger, EventSource events, int clients, long seed, boolean unavailableAllowed) {
        this.ledger = ledger;
        this.events = events;
        this.unavailableAllowed = unavailableAllowed;
        Random seeds = new Random(seed);
        for (int i = 0; i < clients; i++) {
            Random random = new Random(seeds.nextLong());
            Thread thread = new Thread(() -> run(random), "crash-client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Sends to {@code baseUri} from now on. */
    void resume(URI baseUri) {
        target = TestHttpClient.to(baseUri).withTimeout(REQUEST_TIMEOUT);
        synchronized (gate) {
            paused = false;
            gate.notifyAll();
        }
    }

    /** Stops sending and waits until no request is in flight, so the acknowledged set is final. */
    void pause() {
        paused = true;
        await("the requests in flight end").atMost(REQUEST_TIMEOUT.multipliedBy(2)).pollInterval(Duration.ofMillis(10))
                .until(() -> busy.get() == 0);
    }

    Answers answers() {
        return answers;
    }

    /** How many requests were answered 201 so far. */
    long created() {
        return created.sum();
    }

    @Override
    public void close() {
        synchronized (gate) {
            closed = true;
            gate.notifyAll();
        }
        try {
            for (Thread thread : threads) {
                thread.join(Duration.ofMinutes(1).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(Random random) {
        while (awaitResumed()) {
            busy.incrementAndGet();
            try {
                if (!paused) {
                    post(random);
                }
            } finally {
                busy.decrementAndGet();
            }
        }
    }

    /** Blocks while paused; false once closed (or interrupted), when the thread ends. */
    private boolean awaitResumed() {
        synchronized (gate) {
            try {
                while (paused && !closed) {
                    gate.wait();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            return !closed;
        }
    }

    private void post(Random random) {
        int size = random.nextBoolean() ? 1 : 2 + random.nextInt(9);
        List<SentEvent> batch = new ArrayList<>();
        ObjectNode body = EventSource.JSON.createObjectNode();
        ArrayNode array = body.putArray("events");
        for (int i = 0; i < size; i++) {
            SentEvent event = events.next(random);
            ledger.sent(event);
            batch.add(event);
            array.add(event.body());
        }
        List<String> ids = batch.stream().map(SentEvent::eventId).toList();
        HttpReply response;
        try {
            response = target.post("/v1/audit", body.toString());
        } catch (UncheckedIOException noAnswer) {
            answers.count("no answer");
            ledger.unacknowledgedGroup(ids);
            backOff(20);
            return;
        } catch (IllegalStateException interrupted) {
            ledger.unacknowledgedGroup(ids);
            return;
        }
        if (response.status() == 201) {
            answers.count("201");
            created.increment();
            checkCreated(batch, response.body());
            ids.forEach(ledger::acknowledged);
            return;
        }
        ledger.unacknowledgedGroup(ids);
        String reason = reasonOf(response.body());
        answers.count(response.status() + " " + reason);
        if (!(unavailableAllowed && response.status() == 503 && UNAVAILABLE_REASONS.contains(reason))) {
            ledger.problem("POST /v1/audit answered " + response.status() + ": " + response.body());
        }
        backOff(20);
    }

    /** A 201 shows the events as stored: exactly those sent, in order. */
    private void checkCreated(List<SentEvent> batch, String body) {
        try {
            JsonNode stored = EventSource.JSON.readTree(body).path("items");
            for (int i = 0; i < batch.size(); i++) {
                ObjectNode expected = batch.get(i).expectedRecord().deepCopy();
                expected.remove("type");
                if (!expected.equals(stored.path(i))) {
                    ledger.problem("a 201 shows " + stored.path(i) + " for " + expected);
                }
            }
        } catch (IOException e) {
            ledger.problem("a 201 body is not JSON: " + body);
        }
    }

    private static String reasonOf(String body) {
        try {
            return EventSource.JSON.readTree(body).path("reason").asText("(no reason)");
        } catch (IOException e) {
            return "(not JSON)";
        }
    }

    /** A client's back-off after an answer other than 201, so a dead or refusing server is not hammered: load shape, not a wait. */
    private static void backOff(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
