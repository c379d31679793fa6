package io.runledger.reliability.soak;

import static org.awaitility.Awaitility.await;

import io.runledger.testing.http.HttpReply;
import io.runledger.testing.http.TestHttpClient;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One client of the load: its own {@link TestHttpClient} per instance (so its own connection), a home
 * instance, and the retry rule of the soak: a request whose connection fails is unacknowledged and
 * is sent again, unchanged (same ids), to the next instance until one answers. Only an answer counts.
 */
public final class LedgerClient {
    private static final Duration GIVE_UP = Duration.ofMinutes(2);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);

    private final Map<URI, TestHttpClient> clients = new ConcurrentHashMap<>();
    private final Instances instances;
    private final Tally tally;
    private final int home;

    /** A client whose home is instance {@code home}. */
    public LedgerClient(Instances instances, int home, Tally tally) {
        this.instances = instances;
        this.tally = tally;
        this.home = home % instances.size();
    }

    /** {@code method path} with a JSON {@code body} (null for none) to the home instance, see {@link #send(int, String, String, String)}. */
    public Reply send(String method, String path, String body) {
        return send(home, method, path, body);
    }

    /**
     * {@code method path} with a JSON {@code body} (null for none) to instance {@code preferred}, or
     * the next live one when its address has failed; retried, unchanged, until some instance answers.
     */
    public Reply send(int preferred, String method, String path, String body) {
        Optional<Reply> first = attempt(preferred, method, path, body, false);
        if (first.isPresent()) {
            return first.get();
        }
        // Polled on this worker's own thread (no thread per retry), leaving other threads' exceptions to them.
        return await("an instance answers " + method + " " + path).atMost(GIVE_UP).pollInterval(RETRY_PAUSE)
                .pollInSameThread().dontCatchUncaughtExceptions()
                .until(() -> attempt(preferred, method, path, body, true), Optional::isPresent).orElseThrow();
    }

    /** One try at the instance to use now; empty (and that address marked failed) when the connection fails. */
    private Optional<Reply> attempt(int preferred, String method, String path, String body, boolean retried) {
        int index = instances.pick(preferred);
        URI base = instances.uri(index);
        TestHttpClient http = clients.computeIfAbsent(base, uri -> TestHttpClient.to(uri).withTimeout(Duration.ofSeconds(60)));
        long start = System.nanoTime();
        try {
            HttpReply response = body == null ? http.send(method, path)
                    : http.send(method, path, body.getBytes(StandardCharsets.UTF_8), Optional.of("application/json"));
            tally.request();
            return Optional.of(new Reply(response.status(), response.body(), System.nanoTime() - start, retried));
        } catch (UncheckedIOException e) {
            tally.connectionError();
            instances.failed(index, base);
            return Optional.empty();
        }
    }
}
