package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.tck.ChildJvm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording runs, steps and audit events, reading them back, listing, aggregating, exporting, reading
 * the audit chain (a server's chain check), importing, replacing a store's content and pruning load no
 * Hibernate class: the session factory is built only by work that opens a session (an audit query
 * here), which is what keeps a short recorder command's start, and a bulk move's, free of it. Checked
 * in a child JVM whose class-loading log and own lines share its output, in order.
 */
class RecordingWithoutOrmTest {
    private static final String HIBERNATE = "org.hibernate.";

    @TempDir
    Path dir;

    @Test
    void recordingBuildsNoSessionFactoryAndAnAuditQueryBuildsIt() {
        Path file = dir.resolve("state.sqlite");
        Path copy = dir.resolve("copy.sqlite");
        Samples.PROVIDER.admin(Samples.spec(file)).migrate(false);
        Samples.PROVIDER.admin(Samples.spec(copy)).migrate(false);
        List<String> lines;
        try (ChildJvm child = ChildJvm.start(dir.resolve("child.log"), List.of("-Xlog:class+load=info:stdout"),
                RecordingChild.class.getName(), List.of(file.toString(), copy.toString()))) {
            child.awaitSuccess(Duration.ofSeconds(90));
            lines = child.outputLines();
        }
        int recorded = lines.indexOf(RecordingChild.RECORDED);
        int queried = lines.indexOf(RecordingChild.QUERIED);
        assertTrue(recorded > 0 && queried > recorded, () -> "the child recorded, then queried: " + lines);
        assertTrue(lines.subList(0, recorded).stream().anyMatch(l -> l.contains(" io.runledger.storage.sql.ports.SqlSteps ")),
                "the class-loading log names the classes the recording loaded");
        assertEquals(List.of(), lines.subList(0, recorded).stream().filter(l -> l.contains(HIBERNATE)).toList(),
                "Hibernate classes loaded while recording");
        assertTrue(lines.subList(recorded, queried).stream().anyMatch(l -> l.contains(" org.hibernate.internal.SessionFactoryImpl ")),
                "the audit query built the session factory");
    }
}
