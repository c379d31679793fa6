package io.runledger.storage.tck;

import static io.runledger.storage.tck.Records.event;
import static io.runledger.storage.tck.Records.run;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.runledger.storage.api.LedgerRecord;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * An import's "the store is empty" check and its records commit as one unit that no other writer
 * cuts into. While an import is under way, a second import or any other write waits for it or is
 * refused with {@link ReasonCode#STORE_LOCKED} once its bounded wait runs out; a second import that
 * waited then finds the store taken ({@link ReasonCode#STATE_MIGRATION_TARGET_EXISTS}). Two imports
 * never both commit, and an import never commits into a store written to since its check.
 *
 * <p>The first import is held after it has taken its first record (so past its check); the other
 * writer, on a store handle of its own, must then be seen waiting ({@link StoreFixture#writerWaits})
 * or have given up, before the first is let go.
 */
public abstract class ImportRaceContract extends StoreContract {
    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final List<LedgerRecord> FIRST = List.of(run("r-first"), event("e-first"));

    @Test
    void aSecondImportNeverMergesIntoAnImportUnderWay() {
        StoreSpec spec = createdSpec();
        HeldImport first = HeldImport.start(open(spec), FIRST);
        CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> withOwnStore(spec,
                store -> store.contents().importFrom(List.<LedgerRecord>of(run("r-second")).iterator())));

        awaitWaitingOrRefused(spec, second);
        first.release();

        assertEquals(FIRST.size(), first.imported());
        assertRefused(second, Set.of(ReasonCode.STATE_MIGRATION_TARGET_EXISTS, ReasonCode.STORE_LOCKED));
        assertEquals(FIRST, ContentsContract.export(first.store()), "nothing of the second import was merged");
    }

    @Test
    void aWriteNeverLandsBetweenAnImportsCheckAndItsCommit() {
        StoreSpec spec = createdSpec();
        HeldImport first = HeldImport.start(open(spec), FIRST);
        CompletableFuture<Long> writer = CompletableFuture.supplyAsync(() -> withOwnStore(spec, store -> {
            store.runs().create(run("r-writer"));
            return 1L;
        }));

        awaitWaitingOrRefused(spec, writer);
        first.release();

        assertEquals(FIRST.size(), first.imported(), "the import commits: nothing was written since its check");
        List<LedgerRecord> expected = new ArrayList<>(FIRST);
        if (outcome(writer).isEmpty()) {
            expected.add(1, run("r-writer"));
        } else {
            assertRefused(writer, Set.of(ReasonCode.STORE_LOCKED));
        }
        assertEquals(expected, ContentsContract.export(first.store()), "the write waited for the import, or was refused");
    }

    private <T> T withOwnStore(StoreSpec spec, Function<Store, T> work) {
        try (Store store = provider().open(spec)) {
            return work.apply(store);
        }
    }

    /**
     * Waits until the other writer is seen waiting for the import, or has ended; asserts it did not
     * commit while the import was held.
     */
    private void awaitWaitingOrRefused(StoreSpec spec, CompletableFuture<Long> other) {
        await("the other writer waits for the import or ends").atMost(DEADLINE).pollInterval(Duration.ofMillis(20))
                .until(() -> other.isDone() || activeFixture().writerWaits(spec));
        if (other.isDone()) {
            assertTrue(outcome(other).isPresent(), "the other writer committed while an import was under way");
            assertRefused(other, Set.of(ReasonCode.STORE_LOCKED));
        }
    }

    private static void assertRefused(CompletableFuture<Long> other, Set<ReasonCode> allowed) {
        Throwable failure = outcome(other).orElseGet(() -> fail("expected a refusal, but it committed"));
        if (!(failure instanceof StoreException refused) || !allowed.contains(refused.reason())) {
            fail("expected a StoreException with one of " + allowed + ", got " + failure, failure);
        }
    }

    /** How {@code future} ended (after waiting for it): empty when it succeeded, else its failure. */
    private static Optional<Throwable> outcome(CompletableFuture<Long> future) {
        try {
            future.join();
            return Optional.empty();
        } catch (CompletionException e) {
            return Optional.of(e.getCause());
        }
    }
}
