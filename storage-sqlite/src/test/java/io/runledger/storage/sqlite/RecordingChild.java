package io.runledger.storage.sqlite;

import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import io.runledger.storage.api.Store;
import io.runledger.storage.tck.Records;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The child JVM of {@link RecordingWithoutOrmTest}: on the store at args[0], records a run with a label,
 * a step through its statuses and an audit event, reads them back, lists, aggregates and exports, reads
 * the audit chain as a server's chain check does, imports the export into the empty store at args[1],
 * replaces that store's content with it and prunes its first event, then prints {@link #RECORDED}; then
 * queries the audit log and prints {@link #QUERIED}. Each step of the walk checks what it reads, so that
 * a wrong read fails the child.
 */
final class RecordingChild {
    static final String RECORDED = "recorded: runs, steps, an append, reads, lists, stats, export, the chain, import, replace, prune";
    static final String QUERIED = "queried the audit log";

    private RecordingChild() {
    }

    public static void main(String[] args) {
        try (Store store = Samples.PROVIDER.open(Samples.spec(Path.of(args[0])))) {
            Run run = new Run(new RunId("r1"), Samples.T0, new CanonicalJson("{}"), Optional.empty(), Optional.empty(),
                    RunStatus.RUNNING, Optional.empty(), Map.of("team", "smoke"));
            store.runs().create(run);
            store.runs().create(run);
            Step step = Samples.step("r1", "s1");
            store.steps().create(step);
            Step running = step.with(StepStatus.RUNNING, Optional.of(Samples.T0), Optional.empty(), step.stats());
            store.steps().update(running, StepStatus.PENDING);
            Step done = running.with(StepStatus.SUCCEEDED, Optional.of(Samples.T0), Optional.of(Samples.T0), running.stats());
            store.steps().update(done, StepStatus.RUNNING);
            store.auditLog().append(List.of(Samples.event("e1", Optional.of("r1"), Samples.T0)));
            Run finished = run.withStatus(RunStatus.SUCCEEDED, Optional.of(Samples.T0));
            store.runs().update(finished, RunStatus.RUNNING);
            require(store.runs().find(run.runId()).orElseThrow().equals(finished), "the finished run reads back");
            require(store.steps().find(run.runId(), new StepId("s1")).orElseThrow().equals(done), "the step reads back");
            require(store.steps().list(run.runId(), PageRequest.first(10)).items().equals(List.of(done)), "the steps list");
            require(store.runs().list(RunFilter.ALL, PageRequest.first(10)).items().equals(List.of(finished)), "the runs list");
            store.runs().stats(new RunStatsQuery(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty(),
                    Optional.empty(), Optional.of("team"), 10));
            require(!store.contents().isEmpty(), "the store holds content");
            List<LedgerRecord> content = new ArrayList<>();
            store.contents().exportTo(content::add);
            require(content.size() == 3, "the export holds the run, its step and the event: " + content);
            // what a server's chain check reads
            require(store.auditHistory().after(0, 10).size() == 1, "the chain holds the event");
            require(store.auditHistory().anchor().isEmpty() && store.contents().chainAnchor().isEmpty(), "no anchor");
            require(store.auditRetention().prunes().isEmpty(), "no prune record");
            // what `store import`, `db restore` and `audit prune` do, on the empty store at args[1]
            try (Store copy = Samples.PROVIDER.open(Samples.spec(Path.of(args[1])))) {
                require(copy.contents().importFrom(content.iterator(), Optional.empty()) == 3, "the import");
                require(copy.contents().replaceWith(content.iterator(), Optional.empty()) == 3, "the replace");
                ChainLink first = Records.linkAt(copy.auditHistory(), 1);
                copy.auditRetention().prune(Set.of(new EventId("e1")), Records.prune("p1", 1, first));
                require(copy.auditRetention().prunes().size() == 1 && copy.auditHistory().anchor().orElseThrow().link().equals(first),
                        "the prune recorded its anchor");
            }
            System.out.println(RECORDED);
            System.out.flush();
            require(store.auditLog().find(AuditFilter.ALL, PageRequest.first(10)).items().size() == 1, "the audit query");
            System.out.println(QUERIED);
            System.out.flush();
        }
    }

    private static void require(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError(what);
        }
    }
}
