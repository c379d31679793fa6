package io.runledger.storage.json;

import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.RunStats;
import io.runledger.storage.api.RunStatsQuery;
import io.runledger.storage.api.RunStatsTally;
import io.runledger.storage.api.RunStatus;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.WriteOutcome;
import io.runledger.storage.json.journal.JournalEntry;
import java.util.List;
import java.util.Optional;

/** {@link Runs} over the journaled ledger. */
final class JsonRuns implements Runs {
    private final JournaledLedger ledger;

    JsonRuns(JournaledLedger ledger) {
        this.ledger = ledger;
    }

    /** The create rule, shared with import: identical again is a no-op, other content under the id a duplicate. */
    static Planned<WriteOutcome> planCreate(Ledger content, Run run) {
        ReadBack.require(run);
        Optional<Run> stored = content.run(run.runId().value());
        if (stored.isEmpty()) {
            return Planned.write(new JournalEntry(JournalEntry.RUN_CREATE, List.of(run)), WriteOutcome.CREATED);
        }
        if (!stored.get().equals(run)) {
            throw new StoreException(ReasonCode.DUPLICATE_ID, "run " + run.runId() + " already exists with other content");
        }
        return Planned.nothing(WriteOutcome.ALREADY_PRESENT);
    }

    @Override
    public WriteOutcome create(Run run) {
        return ledger.write("store run " + run.runId(), content -> planCreate(content, run));
    }

    @Override
    public Optional<Run> find(RunId runId) {
        return ledger.read(content -> content.run(runId.value()));
    }

    @Override
    public Page<Run> list(RunFilter filter, PageRequest page) {
        return ledger.read(content -> Pages.of(content.runs(), run -> filter.status().map(s -> s == run.status()).orElse(true)
                && filter.label().map(l -> l.value().equals(run.labels().get(l.name()))).orElse(true), page));
    }

    @Override
    public RunStats stats(RunStatsQuery query) {
        return ledger.read(content -> {
            RunStatsTally tally = new RunStatsTally(query);
            content.runs().values().forEach(tally::add);
            return tally.result();
        });
    }

    @Override
    public void update(Run next, RunStatus expected) {
        ledger.write("update run " + next.runId(), content -> {
            Run stored = content.run(next.runId().value()).orElseThrow(() ->
                    new StoreException(ReasonCode.RUN_NOT_FOUND, "no run " + next.runId()));
            if (stored.status() != expected) {
                throw new StoreException(ReasonCode.INVALID_STATUS_TRANSITION, "run " + next.runId() + " is "
                        + stored.status() + ", not " + expected + " (another writer changed it)");
            }
            Run updated = stored.withStatus(next.status(), next.finishedAt()).withLabels(next.labels());
            return updated.equals(stored) ? Planned.nothing(null)
                    : Planned.write(new JournalEntry(JournalEntry.RUN_UPDATE, List.of(updated)), null);
        });
    }
}
