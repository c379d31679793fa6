package io.runledger.reliability.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.reliability.Figures;
import io.runledger.reliability.Scale;
import io.runledger.reliability.ServeProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL server itself killed with SIGKILL under HTTP load and restarted on the same data
 * directory, while one {@code serve} process keeps running: while the server is down the API answers
 * 503 with a reason (never 500), every 201 survives, and after the restart the same {@code serve}
 * process serves writes again (its pools reconnect) without being restarted.
 */
class PostgresServerCrashLoopTest {
    private static final int CLIENTS = 4;
    /** At most this many 503 answers of /health (polled every 50 ms) pass before the server is restarted: up to about 2 s down. */
    private static final int DOWN_FOR_HEALTH_ANSWERS = 40;

    @TempDir
    Path dir;

    @Test
    void theSameServeRecoversAndLosesNothingWhenPostgresIsKilled() throws InterruptedException {
        int kills = Scale.current().pick(2, 50);
        long seed = Long.getLong("runledger.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        SentLedger ledger = new SentLedger();
        EventSource events = new EventSource("pgkill");
        long started = System.nanoTime();
        Found found = new Found(0, 0);
        String answers;
        try (KillablePostgres postgres = KillablePostgres.start(dir.resolve("pgdata"))) {
            List<String> store = CrashBackend.created(dir, List.of("--backend", "postgres", "--state", postgres.url()));
            // The readers may wait for a connection; serve keeps the defaults, whose behaviour is under test.
            StoreReader reader = new StoreReader(dir, CrashBackend.patient(dir, store));
            try (ServeProcess serve = ServeProcess.start(dir, Map.of(), store, dir.resolve("serve.log"));
                 HttpLoad load = new HttpLoad(ledger, events, CLIENTS, seed, true)) {
                load.resume(serve.baseUri());
                for (int kill = 1; kill <= kills; kill++) {
                    String context = "PostgreSQL kill " + kill + " of " + kills + " (seed " + seed + ")";
                    HttpCrashLoopTest.awaitCreated(load, load.created() + HttpCrashLoopTest.killAfter(random), context, serve);
                    postgres.kill();
                    // /health answers from a status read up to http.health_max_age_ms (1 s) old: poll until it notices.
                    Probe health = awaitHealthOtherThanOk(serve, 1, context + ": /health notices that PostgreSQL is down");
                    assertEquals(503, health.status(), context + ": /health while PostgreSQL is down: " + health);
                    assertEquals("postgres_unavailable", health.reason(), context + ": " + health);
                    if (kill == 1 && Scale.current() == Scale.LONG) {
                        // A write that finds no server answers 503 with the reason once the pool gives up
                        // waiting for a connection (30 s), too long for the CI form: there /health stands in.
                        SentEvent probe = events.next(random);
                        ledger.sent(probe);
                        ledger.unacknowledgedGroup(List.of(probe.eventId()));
                        Probe post = Probe.post(serve.baseUri().resolve("/v1/audit"), "{\"events\":[" + probe.body() + "]}");
                        assertEquals(503, post.status(), context + ": POST /v1/audit while PostgreSQL is down: " + post);
                        assertEquals("postgres_unavailable", post.reason(), context + ": " + post);
                        assertTrue(post.contentType().startsWith("application/problem+json"), context + ": " + post);
                    } else {
                        // How long the server stays down (the test's input): until /health has said so a random number of times.
                        int downFor = 1 + random.nextInt(DOWN_FOR_HEALTH_ANSWERS);
                        Probe down = awaitHealthOtherThanOk(serve, downFor, context + ": " + downFor + " answers of /health while down");
                        assertEquals("postgres_unavailable", down.reason(), context + ": " + down);
                    }
                    postgres.restart();
                    HttpCrashLoopTest.awaitCreated(load, load.created() + 1, context + ", after the restart", serve);
                    assertTrue(serve.process().isAlive(), context + ": serve died\n" + serve.output());
                    load.pause();
                    found = CrashVerdict.judge(ledger, reader.checkAndExport(context), context);
                    load.resume(serve.baseUri());
                }
                load.pause();
                answers = load.answers().toString();
            }
            found = CrashVerdict.judge(ledger, reader.checkAndExport("at the end"), "at the end (seed " + seed + ")");
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        Figures.record("crash", "HTTP `POST /v1/audit` (" + CLIENTS + " clients), postgres, one `serve` throughout",
                "SIGKILL of the PostgreSQL server (postmaster and backends), restart on the same data directory", kills,
                String.format("%,d events in 201 answers (%,d sent)", ledger.acknowledgedCount(), ledger.sentCount()),
                String.format("while down: /health 503 `postgres_unavailable`%s; no 500, every other answer 503 with "
                        + "a reason (POST answers %s); after every restart the same serve wrote again; all acknowledged "
                        + "present once (%,d); %,d unacknowledged present whole; no batch half-present; db check ok (%d s)",
                        Scale.current() == Scale.LONG ? ", a POST 503 `postgres_unavailable` (after the pool's 30 s wait)" : "",
                        answers, found.acknowledgedPresent(), found.unacknowledgedPresent(), seconds));
    }

    /** Polls {@code /health} until it has answered other than 200 {@code times} times; returns the last such answer. */
    private static Probe awaitHealthOtherThanOk(ServeProcess serve, int times, String what) {
        AtomicReference<Probe> seen = new AtomicReference<>();
        AtomicInteger notOk = new AtomicInteger();
        Awaitility.await(what).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
            Probe health = Probe.get(serve.baseUri().resolve("/health"));
            if (health.status() == 200) {
                return false;
            }
            seen.set(health);
            return notOk.incrementAndGet() >= times;
        });
        return seen.get();
    }
}
