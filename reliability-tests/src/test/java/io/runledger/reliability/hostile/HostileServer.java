package io.runledger.reliability.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import io.runledger.reliability.ServeProcess;
import io.runledger.testing.http.RawHttp;
import io.runledger.testing.http.RawReply;
import io.runledger.testing.http.RawRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One long-lived {@code runledger --verbose serve} per backend, with bearer tokens on and a short idle
 * timeout ({@link #IDLE_TIMEOUT}), shared by the
 * hostile-input suites of this JVM so a try costs a request rather than a JVM start. Every request
 * goes through {@link #send}, which keeps the ids the server acknowledged (2xx answers to a POST), so
 * {@link StoreLedger#reconcile} can prove the store holds exactly those — no partial write of a
 * refused request, no lost acknowledged one.
 */
public final class HostileServer {
    private static final Map<Backend, HostileServer> RUNNING = new EnumMap<>(Backend.class);
    /** The servers' idle timeout: short, so that a stalled body is answered (408) within a try's budget. */
    static final java.time.Duration IDLE_TIMEOUT = java.time.Duration.ofMillis(1000);

    private final Backend backend;
    private final ServeProcess process;
    private final Path log;
    private final Set<String> runs = new HashSet<>();
    private final Set<String> steps = new HashSet<>();
    private final Set<String> events = new HashSet<>();

    private HostileServer(Backend backend, ServeProcess process, Path log) {
        this.backend = backend;
        this.process = process;
        this.log = log;
    }

    /** The server of {@code backend}, started on first use and killed when this JVM exits. */
    public static synchronized HostileServer of(Backend backend) {
        return RUNNING.computeIfAbsent(backend, HostileServer::start);
    }

    private static HostileServer start(Backend backend) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "hostile")).toAbsolutePath();
            dir = Files.createTempDirectory(dir, backend.name().toLowerCase(java.util.Locale.ROOT) + "-");
            Path log = dir.resolve("serve.log");
            List<String> options = new java.util.ArrayList<>(backend.globalOptions(dir));
            options.add(0, "--verbose");
            ServeProcess process = ServeProcess.start(dir, Map.of("RUNLEDGER_TOKENS", Tokens.configuration(),
                    "RUNLEDGER_HTTP_IDLE_TIMEOUT_MS", Long.toString(IDLE_TIMEOUT.toMillis())), options, log);
            Runtime.getRuntime().addShutdownHook(new Thread(process::close, "hostile-serve-" + backend));
            return new HostileServer(backend, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Backend backend() {
        return backend;
    }

    public URI baseUri() {
        return process.baseUri();
    }

    /** Everything the server printed so far (stdout and stderr, Runledger's DEBUG log included). */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the server process is still running. */
    public boolean alive() {
        return process.process().isAlive();
    }

    /** Sends {@code request}, remembering what a 2xx answer to a POST says was stored. */
    public RawReply send(RawRequest request) {
        RawReply reply = RawHttp.send(baseUri(), request);
        if (request.method().equals("POST") && reply.status() / 100 == 2) {
            remember(reply.json());
        }
        return reply;
    }

    private synchronized void remember(JsonNode stored) {
        if (stored.has("items")) {
            stored.get("items").forEach(event -> events.add(event.get("event_id").asText()));
        } else if (stored.has("step_id")) {
            steps.add(stored.get("run_id").asText() + "/" + stored.get("step_id").asText());
        } else {
            runs.add(stored.get("run_id").asText());
        }
    }

    synchronized Set<String> acknowledgedRuns() {
        return Set.copyOf(runs);
    }

    synchronized Set<String> acknowledgedSteps() {
        return Set.copyOf(steps);
    }

    synchronized Set<String> acknowledgedEvents() {
        return Set.copyOf(events);
    }
}
