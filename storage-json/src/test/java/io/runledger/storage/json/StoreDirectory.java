package io.runledger.storage.json;

import io.runledger.storage.api.StoreSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A JSON store's directory as the tests see it from outside: its files and their bytes, and disk
 * images — copies of the files as a crash at this moment would leave them (every acknowledged write
 * is already on disk, so a copy of an open store is exactly what a SIGKILL leaves behind).
 */
record StoreDirectory(Path snapshot) {
    static StoreDirectory in(Path directory) {
        return new StoreDirectory(directory.resolve("state.json"));
    }

    StoreSpec spec() {
        return new StoreSpec(snapshot.toString(), Map.of("lock_timeout_ms", "500"));
    }

    StoreSpec spec(String option, String value) {
        return new StoreSpec(snapshot.toString(), Map.of("lock_timeout_ms", "500", option, value));
    }

    Path directory() {
        return snapshot.getParent();
    }

    Path journal() {
        return file("state.json.journal");
    }

    Path file(String name) {
        return directory().resolve(name);
    }

    /** Every file but the lock file (which any open creates), by name, with its bytes. */
    Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(directory())) {
            for (Path path : list.toList()) {
                String name = path.getFileName().toString();
                if (!name.endsWith(".lock")) {
                    files.put(name, new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A copy of the snapshot and journal (and temporary files) into {@code target}, as a crash now would leave them. */
    StoreDirectory imageTo(Path target) {
        try {
            Files.createDirectories(target);
            for (Map.Entry<String, String> file : files().entrySet()) {
                Files.write(target.resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return in(target);
    }

    void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
