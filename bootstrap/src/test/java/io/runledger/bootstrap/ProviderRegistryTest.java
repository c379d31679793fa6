package io.runledger.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {
    @Test
    void theSqliteProviderIsFoundByServiceLoader() {
        ProviderRegistry installed = ProviderRegistry.installed();

        assertTrue(installed.ids().contains("sqlite"), installed.ids().toString());
        assertEquals("sqlite", installed.provider("sqlite", "test").id());
    }

    @Test
    void twoProvidersWithOneIdAreRefused() {
        StoreException e = assertThrows(StoreException.class, () -> ProviderRegistry.of(
                List.of(FileBackend.named("sqlite", "a.sqlite"), FileBackend.named("sqlite", "b.sqlite"))));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().contains("\"sqlite\""), e.getMessage());
    }

    @Test
    void anUnknownIdListsTheInstalledOnes() {
        ProviderRegistry registry = ProviderRegistry.of(List.of(FileBackend.named("sqlite", "state.sqlite")));

        StoreException e = assertThrows(StoreException.class, () -> registry.provider("json", "--backend"));

        assertEquals(ReasonCode.CONFIG_INVALID, e.reason());
        assertTrue(e.getMessage().endsWith("available: sqlite"), e.getMessage());
    }
}
