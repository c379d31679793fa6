package io.runledger.storage.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.Check;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreException;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time: a second writer waits the bounded lock timeout, then gets store_locked naming the holder. */
class LockTest {
    private final JsonStorageProvider provider = new JsonStorageProvider();

    @TempDir
    Path temp;

    private StoreDirectory created() {
        StoreDirectory store = StoreDirectory.in(temp.resolve("store"));
        provider.admin(store.spec()).migrate(false);
        return store;
    }

    @Test
    void aSecondWriterInAnotherProcessIsRefusedAfterTheBoundedWaitNamingTheHolder() throws Exception {
        StoreDirectory store = created();
        Process holder = ChildJvm.start("hold", store.snapshot().toString());
        try {
            BufferedReader out = ChildJvm.output(holder);
            assertEquals("open", out.readLine(), "the child opened the store");

            long started = System.nanoTime();
            StoreException refused = assertThrows(StoreException.class, () -> provider.open(store.spec()));
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            assertEquals(ReasonCode.STORE_LOCKED, refused.reason());
            assertTrue(waitedMillis >= 500, "waited the configured 500 ms, not " + waitedMillis);
            assertTrue(refused.getMessage().contains("pid " + holder.pid()), refused.getMessage());
            assertThrows(StoreException.class, () -> provider.admin(store.spec()).vacuum(), "vacuum is a writer too");
            Check lock = provider.admin(store.spec()).check().stream().filter(c -> c.name().equals("lock")).findFirst().orElseThrow();
            assertTrue(lock.detail().startsWith("held by pid " + holder.pid()), lock.detail());
        } finally {
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        try (Store store2 = provider.open(store.spec())) {
            assertEquals(List.of(), Events.allIds(store2), "once the holder has gone, the store opens");
        }
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedAndTheFirstKeepsItsLock() {
        StoreDirectory store = created();
        try (Store first = provider.open(store.spec())) {
            StoreException refused = assertThrows(StoreException.class, () -> provider.open(store.spec()));
            assertEquals(ReasonCode.STORE_LOCKED, refused.reason());
            assertTrue(refused.getMessage().contains("held by this process"), refused.getMessage());
            first.auditLog().append(Events.events("e1"));
            assertTrue(provider.admin(store.spec()).check().stream().anyMatch(c -> c.detail().startsWith("held by this process")));
        }
        try (Store again = provider.open(store.spec())) {
            assertEquals(List.of("e1"), Events.allIds(again));
        }
    }
}
