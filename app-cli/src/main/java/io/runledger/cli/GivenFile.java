package io.runledger.cli;

import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A small text file an option names (a key, a kept head), read whole; one that cannot be read is a usage error. */
final class GivenFile {
    /** Nothing a key or a head file holds comes near this; a larger file is not one. */
    private static final long LIMIT = 64 * 1024;

    private GivenFile() {
    }

    /** The UTF-8 text of {@code file}, which {@code option} named. */
    static String read(Path file, String option) {
        try {
            if (Files.size(file) > LIMIT) {
                throw new StoreException(ReasonCode.USAGE_ERROR, option + " " + file + " is larger than " + LIMIT
                        + " bytes: not a key or head file");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new StoreException(ReasonCode.USAGE_ERROR, option + " " + file + ": no such file");
        } catch (IOException e) {
            throw new StoreException(ReasonCode.USAGE_ERROR, option + " " + file + " cannot be read: " + e.getMessage());
        }
    }
}
