package io.runledger.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The release archive unpacked into an empty directory, run as an operator would on a machine with
 * only a Java runtime: a working directory outside the source tree, and an environment holding just
 * {@code JAVA_HOME}, a {@code HOME} and a {@code PATH} with the few programs a launcher may use (bash,
 * env, readlink, dirname, copied there) — no java, no Maven.
 */
final class UnpackedRelease {
    /** What bin/runledger may call besides the java of JAVA_HOME. */
    private static final List<String> TOOLS = List.of("bash", "env", "readlink", "dirname");

    private final Path home;
    private final Path workDir;
    private final Map<String, String> env;

    private UnpackedRelease(Path home, Path workDir, Map<String, String> env) {
        this.home = home;
        this.workDir = workDir;
        this.env = env;
    }

    /** Unpacks {@code archive} under {@code root} (which must be empty) and prepares the environment to run it in. */
    static UnpackedRelease unpack(Path archive, Path root) throws IOException, InterruptedException {
        Path opt = Files.createDirectories(root.resolve("opt"));
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", opt.toString())
                .redirectErrorStream(true).start();
        String output = read(tar.getInputStream());
        assertEquals(0, tar.waitFor(), "tar -xzf: " + output);
        List<Path> unpacked;
        try (var entries = Files.list(opt)) {
            unpacked = entries.toList();
        }
        assertEquals(1, unpacked.size(), "one top directory in the archive: " + unpacked);
        Path bin = Files.createDirectories(root.resolve("path"));
        for (String tool : TOOLS) {
            Files.copy(which(tool), bin.resolve(tool), StandardCopyOption.COPY_ATTRIBUTES);
        }
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"), "PATH", bin.toString(),
                "HOME", Files.createDirectories(root.resolve("home")).toString());
        return new UnpackedRelease(unpacked.get(0), Files.createDirectories(root.resolve("work")), env);
    }

    Path home() {
        return home;
    }

    Path workDir() {
        return workDir;
    }

    /** Starts {@code bin/runledger ARGS} in the working directory, with only the prepared environment. */
    Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin").resolve("runledger").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Runs {@code bin/runledger ARGS} to its end (at most two minutes), with empty standard input. */
    Run run(String... args) throws IOException, InterruptedException {
        return runReading("", args);
    }

    /** As {@link #run}, with {@code stdin} as its standard input. */
    Run runReading(String stdin, String... args) throws IOException, InterruptedException {
        Process process = start(args);
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/runledger " + String.join(" ", args) + " did not finish in 120 s");
        }
        return new Run(process.exitValue(), out.join(), err.join());
    }

    /** One finished command: its exit code and output. */
    record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static String read(InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path which(String tool) {
        return List.of(Path.of("/usr/bin", tool), Path.of("/bin", tool)).stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError(tool + " is in neither /usr/bin nor /bin"));
    }
}
