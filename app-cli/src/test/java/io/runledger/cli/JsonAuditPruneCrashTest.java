package io.runledger.cli;

import java.nio.file.Path;

/** A prune killed at each step loses nothing, on the Json backend (runs after {@code package}: it launches the packaged CLI). */
class JsonAuditPruneCrashTest extends AuditPruneCrashContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new JsonCliFixture(dir);
    }
}
