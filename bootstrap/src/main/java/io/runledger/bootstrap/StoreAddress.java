package io.runledger.bootstrap;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.Redaction;
import io.runledger.storage.api.StorageProvider;
import io.runledger.storage.api.StoreException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One end of a transfer named on the command line as {@code BACKEND:LOCATION}, e.g.
 * {@code json:./a/state.json}, {@code sqlite:./b.sqlite} or {@code postgres:jdbc:postgresql://host/db}.
 * The text splits at its first colon, so a JDBC URL keeps its own colons. {@code origin} names the
 * flag it came from, for messages.
 */
public record StoreAddress(String backend, String location, String origin) {
    public StoreAddress {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(origin, "origin");
    }

    /** Reads {@code BACKEND:LOCATION}; anything else is {@link ReasonCode#USAGE_ERROR}. */
    public static StoreAddress parse(String text, String origin) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1 || text.substring(colon + 1).isBlank()) {
            throw new StoreException(ReasonCode.USAGE_ERROR, origin + " must be BACKEND:LOCATION, e.g. "
                    + "sqlite:./b.sqlite or postgres:jdbc:postgresql://host/db (got \"" + text + "\")");
        }
        return new StoreAddress(text.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                text.substring(colon + 1).trim(), origin);
    }

    /**
     * The configuration of the store this address names, like {@link ConfigResolver} builds for the
     * configured one: the backend must be installed ({@link ReasonCode#CONFIG_INVALID} otherwise), a
     * file location is resolved against {@code workingDir}, a server location (a JDBC URL) is taken
     * as given, and the backend's options come from {@code configFile} when one is named.
     */
    public RunledgerConfig resolve(ProviderRegistry registry, Optional<Path> configFile, Path workingDir) {
        StorageProvider provider = registry.provider(backend, "command-line flag " + origin);
        Optional<Path> configPath = configFile.map(path -> workingDir.resolve(path).normalize());
        Map<String, String> options = configPath
                .map(path -> ConfigFile.load(path).requireKnownKeys(registry).options(provider.id()))
                .orElse(Map.of());
        String resolved = provider.defaultFileName().isPresent() ? absolute(workingDir) : location;
        Setting fromFlag = new Setting(resolved, ConfigSource.FLAG, origin);
        Path directory = provider.defaultFileName().isPresent() ? Path.of(resolved).getParent() : null;
        Setting dataDir = new Setting(directory == null ? workingDir.toString() : directory.toString(),
                ConfigSource.FLAG, origin);
        return new RunledgerConfig(new Setting(provider.id(), ConfigSource.FLAG, origin), fromFlag, dataDir, options,
                configPath);
    }

    /** The address with its password hidden, safe to print. */
    public String display() {
        return backend + ":" + Redaction.hideSecrets(location);
    }

    private String absolute(Path workingDir) {
        try {
            return workingDir.resolve(location).toAbsolutePath().normalize().toString();
        } catch (InvalidPathException e) {
            throw new StoreException(ReasonCode.CONFIG_INVALID,
                    "invalid path \"" + location + "\" (from " + origin + "): " + e.getReason());
        }
    }
}
