package io.runledger.reliability.hostile;

import io.runledger.testing.postgres.TestServer;
import java.nio.file.Path;
import java.util.List;

/** The backends the hostile-input suites run against, each as the global options of a {@code serve}. */
public enum Backend {
    SQLITE, JSON, POSTGRES;

    /** The global options that point {@code serve} at a new store of this backend under {@code dir}. */
    List<String> globalOptions(Path dir) {
        return switch (this) {
            case SQLITE -> List.of("--state", dir.resolve("hostile.sqlite").toString());
            case JSON -> List.of("--backend", "json", "--state", dir.resolve("hostile.json").toString());
            case POSTGRES -> List.of("--backend", "postgres", "--state",
                    TestServer.get().url(TestServer.get().createDatabase()));
        };
    }
}
