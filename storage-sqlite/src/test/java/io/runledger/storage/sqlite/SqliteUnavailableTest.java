package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JVM in which sqlite-jdbc cannot load its native library: it is pointed ({@code org.sqlite.lib.path}
 * and {@code org.sqlite.lib.name}) at a file that is not a shared library, and finds no other one on
 * {@code java.library.path}. Migrating must then fail with sqlite_unavailable and one clear line.
 */
class SqliteUnavailableTest {
    @TempDir
    Path dir;

    @Test
    void aNativeLibraryThatCannotLoadIsSqliteUnavailable() throws Exception {
        Path bogus = Files.writeString(dir.resolve("libbogus.so"), "not a shared library");
        Path store = dir.resolve("data/state.sqlite");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dorg.sqlite.lib.path=" + dir,
                "-Dorg.sqlite.lib.name=" + bogus.getFileName(),
                "-Djava.library.path=" + dir.resolve("nothing-here"),
                "-cp", classPath(),
                NativeLibraryProbe.class.getName(),
                store.toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child JVM did not finish");

        List<String> lines = out.lines().toList();
        assertEquals("reason=sqlite_unavailable", lines.get(0), out + Files.readString(dir.resolve("stderr.txt")));
        assertEquals(2, lines.size(), out);
        assertTrue(lines.get(1).startsWith("message=the SQLite native library could not be loaded"), out);
        assertFalse(Files.exists(store.getParent()), "nothing may be created when the driver is unavailable");
    }

    /** Everything this test JVM runs with (module path and class path), as one class path. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(Path.of(System.getProperty("basedir", "."), "target", "test-classes").toString());
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
