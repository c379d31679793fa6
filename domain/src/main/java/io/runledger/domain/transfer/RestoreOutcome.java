package io.runledger.domain.transfer;

import io.runledger.format.record.ExportSummary;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What a restore did.
 *
 * @param kind         what the source was: {@code export} or {@code native backup}
 * @param restored     the counts and content hash the store now holds, equal to the source's
 * @param hashRecorded whether the source recorded the content hash it was written with, which it matched
 *                     (false only for a native backup written before backups recorded one)
 * @param undo         the verified backup of the store as it was, when it was replaced
 */
public record RestoreOutcome(String kind, ExportSummary restored, boolean hashRecorded, Optional<Path> undo) {
    public RestoreOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(restored, "restored");
        Objects.requireNonNull(undo, "undo");
    }
}
