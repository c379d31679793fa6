package io.runledger.bootstrap;

import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.AuditRetention;
import io.runledger.storage.api.Check;
import io.runledger.storage.api.MigrationReport;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.Steps;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreSpec;
import io.runledger.storage.api.StoreStatus;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** The real SQLite provider, counting the handles it hands out and the ones closed again. */
final class CountingProvider implements StorageProvider {
    final AtomicInteger adminsOpened = new AtomicInteger();
    final AtomicInteger storesOpened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    private final StorageProvider real;

    CountingProvider(StorageProvider real) {
        this.real = real;
    }

    int open() {
        return adminsOpened.get() + storesOpened.get() - closed.get();
    }

    @Override
    public String id() {
        return real.id();
    }

    @Override
    public String persistenceMode() {
        return real.persistenceMode();
    }

    @Override
    public java.util.Set<String> optionNames() {
        return real.optionNames();
    }

    @Override
    public Optional<String> defaultFileName() {
        return real.defaultFileName();
    }

    @Override
    public StoreAdmin admin(StoreSpec spec) {
        StoreAdmin admin = real.admin(spec);
        adminsOpened.incrementAndGet();
        return new StoreAdmin() {
            @Override
            public StoreStatus status() {
                return admin.status();
            }

            @Override
            public MigrationReport migrate(boolean dryRun) {
                return admin.migrate(dryRun);
            }

            @Override
            public List<Check> check() {
                return admin.check();
            }

            @Override
            public void vacuum() {
                admin.vacuum();
            }

            @Override
            public void close() {
                closed.incrementAndGet();
                admin.close();
            }
        };
    }

    @Override
    public Store open(StoreSpec spec) {
        Store store = real.open(spec);
        storesOpened.incrementAndGet();
        return new Store() {
            @Override
            public Runs runs() {
                return store.runs();
            }

            @Override
            public Steps steps() {
                return store.steps();
            }

            @Override
            public AuditLog auditLog() {
                return store.auditLog();
            }

            @Override
            public AuditHistory auditHistory() {
                return store.auditHistory();
            }

            @Override
            public AuditRetention auditRetention() {
                return store.auditRetention();
            }

            @Override
            public StoreContents contents() {
                return store.contents();
            }

            @Override
            public void close() {
                closed.incrementAndGet();
                store.close();
            }
        };
    }
}
