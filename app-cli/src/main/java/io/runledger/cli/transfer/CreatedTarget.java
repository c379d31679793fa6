package io.runledger.cli.transfer;

import io.runledger.bootstrap.LedgerRuntime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What a transfer's target store did not have before the transfer opened it, removed again when a
 * transfer that created its target fails, so that no empty but valid store is left where there was
 * none; a target that existed before is never touched. For file-backed stores (sqlite, json) these
 * are the store's file, its siblings named after it (WAL, journal, lock …) and the directories made
 * for it, deleted here; a server store (PostgreSQL) is removed by its admin
 * ({@link io.runledger.storage.api.StoreAdmin#removeCreatedStore()}), which knows what its migration created.
 */
public final class CreatedTarget {
    private static final Set<String> FILE_BACKENDS = Set.of("sqlite", "json");

    private final Path store;
    private final Set<String> siblingsBefore;
    private final List<Path> directoriesMade;
    private final boolean watching;

    private CreatedTarget(Path store, Set<String> siblingsBefore, List<Path> directoriesMade, boolean watching) {
        this.store = store;
        this.siblingsBefore = siblingsBefore;
        this.directoriesMade = directoriesMade;
        this.watching = watching;
    }

    /**
     * Records the state before the transfer opens the {@code backend} store at {@code location}
     * ({@code resolve} makes a relative file location absolute, as the store itself does).
     */
    public static CreatedTarget before(String backend, String location, UnaryOperator<Path> resolve) {
        if (!FILE_BACKENDS.contains(backend)) {
            return new CreatedTarget(Path.of(""), Set.of(), List.of(), false);
        }
        Path store = resolve.apply(Path.of(location)).toAbsolutePath().normalize();
        if (Files.exists(store) || store.getParent() == null) {
            return new CreatedTarget(store, Set.of(), List.of(), false);
        }
        List<Path> missing = new ArrayList<>();
        Path directory = store.getParent();
        while (directory != null && !Files.exists(directory)) {
            missing.add(directory);
            directory = directory.getParent();
        }
        return new CreatedTarget(store, missing.isEmpty() ? siblings(store) : Set.of(), missing, true);
    }

    /**
     * After {@code failure}: lets the store's admin remove a server store it created, closes the
     * store's {@code runtime} (its files must be closed before they are deleted) and deletes the files
     * the transfer created. Best effort: what cannot be removed stays, and the failure is what the
     * caller reports; a failure to remove or to close is added to it.
     */
    public void removeAfter(LedgerRuntime runtime, RuntimeException failure) {
        try {
            runtime.admin().removeCreatedStore();
        } catch (RuntimeException removing) {
            failure.addSuppressed(removing);
        }
        try {
            runtime.close();
        } catch (Exception closing) {
            failure.addSuppressed(closing);
        }
        remove();
    }

    private void remove() {
        if (!watching) {
            return;
        }
        for (String name : siblings(store)) {
            if (!siblingsBefore.contains(name)) {
                deleteTree(store.resolveSibling(name));
            }
        }
        for (Path directory : directoriesMade) {
            try {
                Files.deleteIfExists(directory);
            } catch (IOException e) {
                // not empty (something else was put there meanwhile) or not removable: kept
            }
        }
    }

    /** Deletes a file, or a directory with everything in it — only ever one that did not exist before. */
    private static void deleteTree(Path path) {
        try (Stream<Path> tree = Files.walk(path)) {
            tree.sorted(Comparator.reverseOrder()).forEach(entry -> {
                try {
                    Files.deleteIfExists(entry);
                } catch (IOException e) {
                    // left behind; the failure that brought us here is what the user sees
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // gone already, or unreadable: nothing more can be done
        }
    }

    /** The names in the store's directory that begin with the store's file name. */
    private static Set<String> siblings(Path store) {
        Set<String> names = new HashSet<>();
        String prefix = store.getFileName().toString();
        if (!Files.isDirectory(store.getParent())) {
            return names;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(store.getParent(),
                entry -> entry.getFileName().toString().startsWith(prefix))) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        } catch (IOException e) {
            // an unreadable directory: nothing is recorded, so nothing is deleted
            return Set.of(prefix);
        }
        return names;
    }
}
