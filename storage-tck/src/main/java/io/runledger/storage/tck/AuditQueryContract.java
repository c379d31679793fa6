package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.at;
import static io.runledger.storage.tck.Records.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.RunId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Querying the audit log: each filter alone and combined, {@code since} inclusive and {@code until}
 * exclusive to the microsecond, event names whole, message text as an exact substring; results always
 * in event id order.
 */
public abstract class AuditQueryContract extends StoreContract {
    private static final Optional<RunId> R1 = Optional.of(Records.runId("r1"));
    private static final Optional<RunId> R2 = Optional.of(Records.runId("r2"));
    private static final Optional<RunId> NONE = Optional.empty();

    @BeforeEach
    void appendTheSampleLog() {
        store().runs().create(run("r1"));
        store().runs().create(run("r2"));
        store().auditLog().append(List.of(
                Records.event("e07", NONE, AuditLevel.DEBUG, "db", at(4)),
                Records.event("e01", R1, AuditLevel.INFO, "job", at(0)),
                Records.event("e05", R2, AuditLevel.WARN, "job", at(3)),
                Records.event("e02", R1, AuditLevel.WARN, "db", at(1)),
                Records.event("e08", R1, AuditLevel.ERROR, "job", at(0, 999_999)),
                Records.event("e03", R2, AuditLevel.INFO, "db", at(1, 1)),
                Records.event("e06", R1, AuditLevel.INFO, "job", at(3)),
                Records.event("e04", NONE, AuditLevel.ERROR, "job", at(2))));
    }

    private List<String> ids(Optional<RunId> runId, Optional<AuditLevel> level, Optional<String> scope,
                             Optional<Instant> since, Optional<Instant> until) {
        return store().auditLog().find(new AuditFilter(runId, level, scope, since, until), PageRequest.first(PageRequest.MAX_LIMIT))
                .items().stream().map(e -> e.eventId().value()).toList();
    }

    private static Optional<Instant> t(long seconds, long micros) {
        return Optional.of(at(seconds, micros));
    }

    @Test
    void noFilterReturnsEveryEvent() {
        assertEquals(List.of("e01", "e02", "e03", "e04", "e05", "e06", "e07", "e08"),
                ids(NONE, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void filterByRun() {
        assertEquals(List.of("e01", "e02", "e06", "e08"), ids(R1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals(List.of("e03", "e05"), ids(R2, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals(List.of(), ids(Optional.of(Records.runId("r9")), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                "an unknown run simply has no events");
    }

    @Test
    void filterByLevel() {
        assertEquals(List.of("e02", "e05"), ids(NONE, Optional.of(AuditLevel.WARN), Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals(List.of("e07"), ids(NONE, Optional.of(AuditLevel.DEBUG), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void filterByScope() {
        assertEquals(List.of("e02", "e03", "e07"), ids(NONE, Optional.empty(), Optional.of("db"), Optional.empty(), Optional.empty()));
        assertEquals(List.of(), ids(NONE, Optional.empty(), Optional.of("d"), Optional.empty(), Optional.empty()),
                "scope matches on the whole value");
    }

    @Test
    void sinceIsInclusiveToTheMicrosecond() {
        assertEquals(List.of("e02", "e03", "e04", "e05", "e06", "e07"), ids(NONE, Optional.empty(), Optional.empty(), t(1, 0), Optional.empty()));
        assertEquals(List.of("e03", "e04", "e05", "e06", "e07"), ids(NONE, Optional.empty(), Optional.empty(), t(1, 1), Optional.empty()));
    }

    @Test
    void untilIsExclusiveToTheMicrosecond() {
        assertEquals(List.of("e01", "e02", "e08"), ids(NONE, Optional.empty(), Optional.empty(), Optional.empty(), t(1, 1)));
        assertEquals(List.of("e01", "e08"), ids(NONE, Optional.empty(), Optional.empty(), Optional.empty(), t(1, 0)));
    }

    @Test
    void sinceAndUntilMakeAHalfOpenWindow() {
        assertEquals(List.of("e02", "e03", "e04"), ids(NONE, Optional.empty(), Optional.empty(), t(1, 0), t(3, 0)));
        assertEquals(List.of(), ids(NONE, Optional.empty(), Optional.empty(), t(2, 0), t(2, 0)));
        assertEquals(List.of(), ids(NONE, Optional.empty(), Optional.empty(), t(3, 0), t(1, 0)));
    }

    @Test
    void filterByEventNameAndByTextInTheMessage() {
        store().auditLog().append(List.of(
                new AuditEvent(Records.eventId("e09"), at(5), AuditLevel.ERROR, R1, "tests", "test.failed",
                        "PagingTest.noGaps failed 😀", CanonicalJson.EMPTY_OBJECT),
                new AuditEvent(Records.eventId("e10"), at(6), AuditLevel.INFO, R2, "tests", "test.passed",
                        "pagingtest 100% passed_ok", CanonicalJson.EMPTY_OBJECT)));
        assertEquals(List.of("e09"), find(new AuditFilter(NONE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("test.failed"), Optional.empty())));
        assertEquals(List.of(), find(new AuditFilter(NONE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("test"), Optional.empty())), "event matches on the whole value");
        assertEquals(List.of("e09"), text("Test.noGaps"));
        assertEquals(List.of("e10"), text("pagingtest"), "text is case-sensitive");
        assertEquals(List.of("e10"), text("100%"), "no wildcards: % is itself");
        assertEquals(List.of(), text("passed%ok"), "no wildcards: % matches only itself");
        assertEquals(List.of(), text("PagingTest_noGaps"), "no wildcards: _ matches only itself");
        assertEquals(List.of("e09"), text("d 😀"));
        assertEquals(List.of("e03", "e05"), text("event e0", R2), "text combines with the other filters");
    }

    private List<String> text(String text) {
        return text(text, NONE);
    }

    private List<String> text(String text, Optional<RunId> runId) {
        return find(new AuditFilter(runId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(text)));
    }

    private List<String> find(AuditFilter filter) {
        return store().auditLog().find(filter, PageRequest.first(PageRequest.MAX_LIMIT))
                .items().stream().map(e -> e.eventId().value()).toList();
    }

    @Test
    void filtersCombineWithAnd() {
        assertEquals(List.of("e01", "e06"), ids(R1, Optional.of(AuditLevel.INFO), Optional.empty(), Optional.empty(), Optional.empty()));
        assertEquals(List.of("e06", "e08"), ids(R1, Optional.empty(), Optional.of("job"), t(0, 999_999), Optional.empty()));
        assertEquals(List.of("e08"), ids(NONE, Optional.of(AuditLevel.ERROR), Optional.empty(), Optional.empty(), t(2, 0)));
        assertEquals(List.of("e01"), ids(R1, Optional.of(AuditLevel.INFO), Optional.of("job"), t(0, 0), t(3, 0)));
        assertEquals(List.of(), ids(R2, Optional.of(AuditLevel.DEBUG), Optional.empty(), Optional.empty(), Optional.empty()));
    }
}
