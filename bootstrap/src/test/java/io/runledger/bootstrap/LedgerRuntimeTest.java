package io.runledger.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.domain.DoctorReport;
import io.runledger.domain.NewAuditEvent;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime against real SQLite files. */
class LedgerRuntimeTest {
    @TempDir
    Path dir;

    private CountingProvider provider;
    private ProviderRegistry registry;
    private RunledgerConfig config;
    private Path storeFile;

    @BeforeEach
    void configure() {
        provider = new CountingProvider(ProviderRegistry.installed().provider("sqlite", "test"));
        registry = ProviderRegistry.of(List.of(provider));
        storeFile = dir.resolve("nested/deeper/s.sqlite");
        config = new ConfigResolver(registry).resolve(
                new ConfigFlags(Optional.empty(), Optional.of("nested/deeper/s.sqlite"), Optional.empty()), Map.of(), dir);
    }

    @Test
    void readingAMissingStoreCreatesNothing() {
        try (LedgerRuntime runtime = LedgerRuntime.start(config, registry)) {
            StoreException e = assertThrows(StoreException.class, runtime::store);
            assertEquals(ReasonCode.STORE_NOT_INITIALIZED, e.reason());
            DoctorReport report = runtime.doctor().examine(runtime.admin());
            assertEquals(Optional.of(ReasonCode.STORE_NOT_INITIALIZED), report.reason());
        }
        assertFalse(Files.exists(dir.resolve("nested")), "no directory may be created");
    }

    @Test
    void writingCreatesAMissingStoreAtHeadWithItsDirectories() {
        try (LedgerRuntime runtime = LedgerRuntime.start(config, registry)) {
            runtime.storeForWriting();
            assertTrue(runtime.admin().status().atHead());
        }
        assertTrue(Files.isRegularFile(storeFile));
    }

    @Test
    void doctorNeverOpensTheStoreItself() {
        try (LedgerRuntime runtime = LedgerRuntime.start(config, registry)) {
            runtime.storeForWriting();
        }
        provider.storesOpened.set(0);
        try (LedgerRuntime runtime = LedgerRuntime.start(config, registry)) {
            assertTrue(runtime.doctor().examine(runtime.admin()).ok());
        }
        assertEquals(0, provider.storesOpened.get());
    }

    @Test
    void closingTheRuntimeClosesEveryHandleItOpened() {
        LedgerRuntime runtime = LedgerRuntime.start(config, registry);
        runtime.storeForWriting();
        runtime.auditTrail();
        assertEquals(2, provider.open(), "one admin and one store");

        runtime.close();

        assertEquals(0, provider.open());
        assertThrows(IllegalStateException.class, runtime::admin);
    }

    @Test
    void theAuditTrailIsWiredToTheStore() {
        List<AuditEvent> appended;
        try (LedgerRuntime runtime = LedgerRuntime.start(config, registry)) {
            runtime.storeForWriting();
            appended = runtime.auditTrail().append(List.of(NewAuditEvent.fromJson(
                    "{\"level\":\"info\",\"scope\":\"test\",\"event\":\"wired\",\"message\":\"hello\"}")));
        }
        try (LedgerRuntime runtime = LedgerRuntime.start(config, registry)) {
            runtime.store();
            assertEquals(appended, runtime.auditTrail().find(AuditFilter.ALL, PageRequest.first(10)).items());
        }
    }
}
