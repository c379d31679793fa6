package io.runledger.domain.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code db backup} without a file name did.
 *
 * @param file    the verified backup it wrote
 * @param how     what kind of backup, and how it was verified, in one sentence
 * @param removed the older backups rotation removed, oldest first
 */
public record RotatedBackup(Path file, String how, List<Path> removed) {
    public RotatedBackup {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(how, "how");
        removed = List.copyOf(removed);
    }
}
