package io.runledger.storage.sql.migration;

import io.runledger.storage.api.Migration;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.flywaydb.core.api.resource.LoadableResource;

/** One migration file, read through its folder's anchor class from that class's own module (no opening needed). */
final class ShippedMigrationResource extends LoadableResource {
    private final MigrationFolder folder;
    private final String fileName;

    ShippedMigrationResource(MigrationFolder folder, Migration migration) {
        this.folder = folder;
        this.fileName = MigrationSet.fileName(migration);
    }

    @Override
    public Reader read() {
        InputStream in = folder.anchor().getResourceAsStream("/" + getAbsolutePath());
        if (in == null) {
            throw new StoreException(ReasonCode.INTERNAL_ERROR, "migration " + getAbsolutePath() + " is missing from the binary");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    @Override
    public String getAbsolutePath() {
        return folder.path() + "/" + fileName;
    }

    @Override
    public String getAbsolutePathOnDisk() {
        return getAbsolutePath();
    }

    @Override
    public String getFilename() {
        return fileName;
    }

    @Override
    public String getRelativePath() {
        return fileName;
    }
}
