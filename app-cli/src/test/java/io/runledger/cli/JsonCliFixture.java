package io.runledger.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** JSON file stores for the CLI contracts; the schema version lives in the snapshot's header. */
final class JsonCliFixture extends FileBackendFixture {
    private static final String HEAD = "\"schema_version\":3";

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
        rewriteHeader(location, "\"schema_version\":" + version);
        try {
            Files.deleteIfExists(Path.of(file(location) + ".lock"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void forgetLastMigration(String location) {
        rewriteHeader(location, "\"schema_version\":2");
    }

    private void rewriteHeader(String location, String version) {
        Path snapshot = file(location);
        try {
            String text = Files.readString(snapshot);
            if (!text.contains(HEAD)) {
                throw new IllegalStateException("the snapshot header is not at schema 3: " + text.lines().findFirst());
            }
            Files.writeString(snapshot, text.replaceFirst(HEAD, version));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
