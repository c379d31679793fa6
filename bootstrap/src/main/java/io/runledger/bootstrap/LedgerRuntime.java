package io.runledger.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import io.runledger.domain.AuditTrail;
import io.runledger.domain.ChainCheck;
import io.runledger.domain.Doctor;
import io.runledger.domain.LedgerObservers;
import io.runledger.domain.RunRecorder;
import io.runledger.domain.StepRecorder;
import io.runledger.domain.transfer.SchemaUpgrade;
import io.runledger.domain.transfer.StoreBackup;
import io.runledger.storage.api.CommittedAudit;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreAdmin;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One configured Runledger: the chosen backend and its store, with the domain's use cases wired to
 * it. Handles are opened on first use and all closed by {@link #close()}. Read commands use
 * {@link #store()}, which never creates anything; write commands use {@link #storeForWriting()}.
 * The use-case accessors ({@link #auditTrail()} …) open the store like {@link #store()} if neither was
 * called before.
 */
public final class LedgerRuntime implements AutoCloseable {
    private final RunledgerConfig config;
    private final StorageProvider provider;
    private final OpenHandles handles = new OpenHandles();
    private final LedgerObservers observers = new LedgerObservers();
    private final Injector injector;

    private LedgerRuntime(RunledgerConfig config, StorageProvider provider) {
        this.config = config;
        this.provider = provider;
        // DEVELOPMENT keeps singletons lazy: nothing is opened until a command asks for it.
        this.injector = Guice.createInjector(Stage.DEVELOPMENT, new LedgerModule(config, provider, handles, observers));
    }

    /** A runtime for the backend {@code config} names; opens nothing yet. */
    public static LedgerRuntime start(RunledgerConfig config, ProviderRegistry registry) {
        StorageProvider provider = registry.provider(config.backend().value(), config.backend().provenance());
        return new LedgerRuntime(config, provider);
    }

    public RunledgerConfig config() {
        return config;
    }

    public StorageProvider provider() {
        return provider;
    }

    /** Where the use cases of this runtime report their writes; subscribe to watch them (metrics). */
    public LedgerObservers observers() {
        return observers;
    }

    /** Administration of the store; cheap, creates nothing by itself. */
    public StoreAdmin admin() {
        return instance(StoreAdmin.class);
    }

    /**
     * The store for reading: it must exist and be at this binary's head, otherwise this raises
     * {@link ReasonCode#STORE_NOT_INITIALIZED}, {@link ReasonCode#SCHEMA_NEWER_THAN_BINARY} or
     * {@link ReasonCode#SCHEMA_PENDING}. Never creates or changes anything.
     */
    public Store store() {
        admin().status().requireAtHead();
        return instance(Store.class);
    }

    /**
     * The store for writing: a missing store is created at the head schema (parent directories
     * included) and records an interrupted migrator left behind are repaired ({@link SchemaUpgrade#readyForWriting()});
     * a store with a newer schema is refused ({@link ReasonCode#SCHEMA_NEWER_THAN_BINARY}) and an older
     * one raises {@link ReasonCode#SCHEMA_PENDING} asking for {@code runledger db migrate}, in both cases
     * without writing anything.
     */
    public Store storeForWriting() {
        new SchemaUpgrade(admin(), storeBackup(), Optional.empty()).readyForWriting();
        return instance(Store.class);
    }

    /**
     * Upgrades of the store to the head; a backup is taken first when {@code backupAsked} (a flag) or
     * the config file's {@code migrate.backup} says so, server stores' backups going to {@code workingDir}.
     */
    public SchemaUpgrade schemaUpgrade(boolean backupAsked, Path workingDir) {
        boolean backup = backupAsked || MigrateSettings.resolve(config).backup();
        return new SchemaUpgrade(admin(), storeBackup(), backup ? Optional.of(workingDir) : Optional.empty());
    }

    public AuditTrail auditTrail() {
        return instance(AuditTrail.class);
    }

    public RunRecorder runRecorder() {
        return instance(RunRecorder.class);
    }

    public StepRecorder stepRecorder() {
        return instance(StepRecorder.class);
    }

    public Doctor doctor() {
        return instance(Doctor.class);
    }

    /**
     * The audit chain and prune records for commands that only read them ({@code doctor}, {@code audit head},
     * {@code audit verify}): the admin's committed view, which neither waits for the store's writer nor builds
     * its ORM, or the store opened as {@link #store()} does for a backend without one. Raises what
     * {@link #store()} raises for a missing store or one off the head; never creates or changes anything.
     */
    public CommittedAudit committedAudit() {
        return admin().committedAudit().orElseGet(() -> CommittedAudit.of(store()));
    }

    /** {@code doctor}'s check of the audit chain, reading {@link #committedAudit()} for about {@code budget} at most. */
    public ChainCheck chainCheck(Duration budget) {
        return new ChainCheck(this::committedAudit, budget);
    }

    /** Verified backups of the store; the live store is opened only when a backup compares with it. */
    public StoreBackup storeBackup() {
        return new StoreBackup(provider, config.spec(), admin(), this::store, Clock.systemUTC());
    }

    /** Closes every handle this runtime opened (store, admin), newest first. */
    @Override
    public void close() {
        handles.close();
    }

    private <T> T instance(Class<T> type) {
        if (handles.isClosed()) {
            throw new IllegalStateException("the runtime is closed");
        }
        try {
            return injector.getInstance(type);
        } catch (ProvisionException e) {
            // Guice wraps what a @Provides method throws; the user must see the store's own reason.
            throw storeFailure(e).orElseThrow(() -> e);
        }
    }

    private static Optional<StoreException> storeFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreException storeException) {
                return Optional.of(storeException);
            }
        }
        return Optional.empty();
    }
}
