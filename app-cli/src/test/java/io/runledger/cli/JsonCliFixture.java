package io.runledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** JSON file stores for the CLI contracts; the schema version lives in the snapshot's header. */
final class JsonCliFixture extends FileBackendFixture {
    private static final Pattern VERSION = Pattern.compile("\"schema_version\":(\\d+)");

    JsonCliFixture(Path dir) {
        super(dir, "state.json");
    }

    @Override
    public String backend() {
        return "json";
    }

    @Override
    public String persistenceMode() {
        return "journal+snapshot";
    }

    // Test-only shortcut: a later binary would have written its schema version into the header. The
    // lock file that migrate left is removed too, so that "nothing was written" includes "no lock file".
    @Override
    public void makeSchemaNewer(String location, int version) {
        rewriteHeader(location, current -> version);
        try {
            Files.deleteIfExists(Path.of(file(location) + ".lock"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void forgetLastMigration(String location) {
        rewriteHeader(location, current -> current - 1);
    }

    /** Rewrites the snapshot header's schema version (the first one in the file) to {@code version} of the current one. */
    private void rewriteHeader(String location, IntUnaryOperator version) {
        Path snapshot = file(location);
        try {
            String text = Files.readString(snapshot);
            Matcher current = VERSION.matcher(text);
            if (!current.find()) {
                throw new IllegalStateException("the snapshot header names no schema version: " + text.lines().findFirst());
            }
            int rewritten = version.applyAsInt(Integer.parseInt(current.group(1)));
            Files.writeString(snapshot, current.replaceFirst("\"schema_version\":" + rewritten));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
