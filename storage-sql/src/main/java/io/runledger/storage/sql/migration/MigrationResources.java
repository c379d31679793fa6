package io.runledger.storage.sql.migration;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Gives Flyway the files of one migration set by name. Flyway's own class-path scanner cannot list a
 * folder inside a named module on the module path, so it is not used at all.
 */
final class MigrationResources implements ResourceProvider {
    private final List<LoadableResource> resources;

    MigrationResources(MigrationSet set) {
        resources = set.folders().stream()
                .flatMap(f -> f.migrations().stream().map(m -> (LoadableResource) new ShippedMigrationResource(f, m)))
                .toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream()
                .filter(r -> r.getAbsolutePath().equals(name) || r.getFilename().equals(name))
                .findFirst()
                .orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return resources.stream()
                .filter(r -> r.getFilename().startsWith(prefix))
                .filter(r -> Arrays.stream(suffixes).anyMatch(s -> r.getFilename().endsWith(s)))
                .toList();
    }
}
