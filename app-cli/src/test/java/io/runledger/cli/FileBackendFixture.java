package io.runledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A file backend (SQLite or JSON) under the test's working directory: each fresh location is
 * {@code s-N/deeper/<file>}, relative to it, whose directories do not exist yet, so the contracts also
 * prove that a command creates (or removes) the directories made for a store.
 */
abstract class FileBackendFixture implements CliBackendFixture {
    private final Path dir;
    private final String fileName;
    private final AtomicInteger stores = new AtomicInteger();

    FileBackendFixture(Path dir, String fileName) {
        this.dir = dir;
        this.fileName = fileName;
    }

    /** The store file at a location. */
    final Path file(String location) {
        return dir.resolve(location);
    }

    @Override
    public String freshLocation() {
        return "s-" + stores.incrementAndGet() + "/deeper/" + fileName;
    }

    /** The top directory made for the store: anything written for it (files, journals, locks) is below. */
    @Override
    public boolean storeExists(String location) {
        return Files.exists(dir.resolve(Path.of(location).getName(0)));
    }

    @Override
    public boolean namesLocation(String location, String reported) {
        return file(location).toString().equals(reported);
    }

    /** Every file below the store's directory with a digest of its bytes, except what {@link #ignored} says. */
    @Override
    public List<String> snapshot(String location) {
        Path top = dir.resolve(Path.of(location).getName(0));
        List<String> files = new ArrayList<>();
        if (!Files.exists(top)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                if (!ignored(path)) {
                    files.add(dir.relativize(path) + " " + digest(Files.readAllBytes(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A fresh location whose store file holds {@code bytes}, its directories made. */
    final String freshLocationHolding(byte[] bytes) {
        String location = freshLocation();
        try {
            Files.createDirectories(file(location).getParent());
            Files.write(file(location), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return location;
    }

    /** Files that a read may leave behind without writing anything (e.g. SQLite's shared-memory index). */
    boolean ignored(Path file) {
        return false;
    }

    @Override
    public Set<CliCapability> capabilities() {
        return Set.of(CliCapability.NUL_IN_TEXT);
    }

    /** The test's temporary directory is removed by JUnit. */
    @Override
    public void close() {
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return backend();
    }
}
