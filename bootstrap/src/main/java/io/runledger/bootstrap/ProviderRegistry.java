package io.runledger.bootstrap;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The storage providers installed in this binary, by id. Two providers claiming one id are refused
 * when the registry is built, so the choice of backend is never ambiguous.
 */
public final class ProviderRegistry {
    private final Map<String, StorageProvider> byId = new TreeMap<>();

    private ProviderRegistry(List<StorageProvider> providers) {
        for (StorageProvider provider : providers) {
            StorageProvider other = byId.putIfAbsent(provider.id(), provider);
            if (other != null) {
                throw new StoreException(ReasonCode.CONFIG_INVALID, "two storage providers claim the backend id \""
                        + provider.id() + "\": " + other.getClass().getName() + " and " + provider.getClass().getName()
                        + "; remove one of them from the module path");
            }
        }
    }

    /** The providers found by {@link ServiceLoader} on the module path. */
    public static ProviderRegistry installed() {
        List<StorageProvider> providers = new ArrayList<>();
        try {
            ServiceLoader.load(StorageProvider.class).forEach(providers::add);
        } catch (ServiceConfigurationError e) {
            throw new StoreException(ReasonCode.STORE_UNAVAILABLE,
                    "a storage provider could not be loaded: " + e.getMessage(), e);
        }
        return new ProviderRegistry(providers);
    }

    /** A registry of exactly these providers, e.g. for tests. */
    public static ProviderRegistry of(List<StorageProvider> providers) {
        return new ProviderRegistry(providers);
    }

    /** The installed backend ids, sorted. */
    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The provider with this id; raises {@link ReasonCode#CONFIG_INVALID} listing the installed ids
     * otherwise. {@code origin} says where the id came from, for the message.
     */
    public StorageProvider provider(String id, String origin) {
        StorageProvider provider = byId.get(id);
        if (provider == null) {
            String available = byId.isEmpty() ? "none is installed" : "available: " + String.join(", ", byId.keySet());
            throw new StoreException(ReasonCode.CONFIG_INVALID,
                    "unknown backend \"" + id + "\" (from " + origin + "); " + available);
        }
        return provider;
    }
}
