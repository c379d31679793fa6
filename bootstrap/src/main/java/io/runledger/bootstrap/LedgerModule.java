package io.runledger.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.runledger.domain.AuditTrail;
import io.runledger.domain.Doctor;
import io.runledger.domain.GroupCommit;
import io.runledger.domain.IdGenerator;
import io.runledger.domain.LedgerObservers;
import io.runledger.domain.RunRecorder;
import io.runledger.domain.StepRecorder;
import io.runledger.storage.api.AuditLog;
import io.runledger.storage.api.Runs;
import io.runledger.storage.api.Steps;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreContents;
import io.runledger.storage.api.StoreSpec;
import java.time.Clock;

/**
 * The Guice bindings of one runtime. Everything is built lazily on first use, so a command that needs
 * only {@link StoreAdmin} (doctor, db status) never opens the store or builds the ORM. The store is
 * opened with {@link StorageProvider#open}, which never creates one: creating is the runtime's
 * decision ({@link LedgerRuntime#storeForWriting()}). Domain classes carry no annotations; they are
 * built here.
 */
final class LedgerModule extends AbstractModule {
    private final RunledgerConfig config;
    private final StorageProvider provider;
    private final OpenHandles handles;
    private final LedgerObservers observers;

    LedgerModule(RunledgerConfig config, StorageProvider provider, OpenHandles handles, LedgerObservers observers) {
        this.config = config;
        this.provider = provider;
        this.handles = handles;
        this.observers = observers;
    }

    @Override
    protected void configure() {
        bind(RunledgerConfig.class).toInstance(config);
        bind(StorageProvider.class).toInstance(provider);
        bind(StoreSpec.class).toInstance(config.spec());
        bind(Clock.class).toInstance(Clock.systemUTC());
    }

    @Provides
    @Singleton
    IdGenerator ids(Clock clock) {
        return new IdGenerator(clock);
    }

    @Provides
    @Singleton
    StoreAdmin admin(StorageProvider storage, StoreSpec spec) {
        return handles.track(storage.admin(spec));
    }

    @Provides
    @Singleton
    Store store(StorageProvider storage, StoreSpec spec) {
        return handles.track(storage.open(spec));
    }

    @Provides
    Runs runs(Store store) {
        return store.runs();
    }

    @Provides
    Steps steps(Store store) {
        return store.steps();
    }

    @Provides
    AuditLog auditLog(Store store) {
        return store.auditLog();
    }

    @Provides
    StoreContents contents(Store store) {
        return store.contents();
    }

    @Provides
    @Singleton
    AuditTrail auditTrail(AuditLog log, IdGenerator ids, Clock clock) {
        // concurrent appends (HTTP requests) share one durable store transaction
        return new AuditTrail(new GroupCommit(log, observers), ids, clock);
    }

    @Provides
    @Singleton
    RunRecorder runRecorder(Runs runs, IdGenerator ids, Clock clock) {
        return new RunRecorder(runs, ids, clock, observers);
    }

    @Provides
    @Singleton
    StepRecorder stepRecorder(Steps steps, IdGenerator ids, Clock clock) {
        return new StepRecorder(steps, ids, clock);
    }

    @Provides
    @Singleton
    Doctor doctor() {
        return new Doctor();
    }
}
