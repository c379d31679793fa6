package io.runledger.cli;

import java.nio.file.Path;

/** Tampering with a SQLite store through {@code sqlite3} (skipped visibly without it). */
class SqliteAuditTamperTest extends SqlAuditTamperContract {
    @Override
    CliBackendFixture fixture(Path dir) {
        return new SqliteCliFixture(dir);
    }

    @Override
    void runScript(String location, String script) {
        OutsideTool.required("/usr/bin/sqlite3").run(script, "-bail", dir.resolve(location).toString());
    }
}
