package io.runledger.storage.json;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Starts {@link ChildStore} in another JVM with this test's classes and dependencies on its class path. */
final class ChildJvm {
    private ChildJvm() {
    }

    static Process start(String... args) throws IOException {
        String classPath = String.join(File.pathSeparator, Stream.of("jdk.module.path", "java.class.path")
                .map(System::getProperty).filter(p -> p != null && !p.isEmpty()).toList());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", classPath, ChildStore.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
