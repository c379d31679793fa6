package io.runledger.reliability.soak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One client of the load: its own {@link HttpClient} (so its own connection per instance), a home
 * instance, and the retry rule of the soak: a request whose connection fails is unacknowledged and
 * is sent again, unchanged (same ids), to the next instance until one answers. Only an answer counts.
 */
public final class LedgerClient {
    private static final Duration GIVE_UP = Duration.ofMinutes(2);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
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
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        boolean retried = false;
        while (true) {
            int index = instances.pick(preferred);
            URI base = instances.uri(index);
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
            }
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                tally.request();
                return new Reply(response.statusCode(), response.body(), System.nanoTime() - start, retried);
            } catch (IOException e) {
                tally.connectionError();
                retried = true;
                if (System.nanoTime() > giveUp) {
                    throw new IllegalStateException("no instance answered " + method + " " + path + " for two minutes", e);
                }
                instances.failed(index, base);
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
