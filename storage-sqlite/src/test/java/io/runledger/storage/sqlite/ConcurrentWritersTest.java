package io.runledger.storage.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two stores open on one file (as two processes would be) write at the same time: writers wait for
 * each other within the busy timeout instead of failing.
 */
class ConcurrentWritersTest {
    @TempDir
    Path dir;

    @Test
    void writersOfTwoOpenStoresWaitForEachOtherAndAllWritesLand() throws Exception {
        var spec = Samples.spec(dir.resolve("state.sqlite"));
        Samples.PROVIDER.admin(spec).migrate(false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Store first = Samples.PROVIDER.open(spec); Store second = Samples.PROVIDER.open(spec)) {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                Store store = w % 2 == 0 ? first : second;
                String prefix = "w" + w + "-";
                writers.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        store.runs().create(Samples.run(prefix + i));
                        store.steps().create(Samples.step(prefix + i, "s"));
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
            assertEquals(200, first.runs().list(RunFilter.ALL, PageRequest.first(1000)).items().size());
        } finally {
            pool.shutdownNow();
        }
    }
}
