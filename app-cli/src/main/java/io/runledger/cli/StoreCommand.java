package io.runledger.cli;

import picocli.CommandLine.Command;

/** {@code runledger store}: moving data between stores and files, with verified content hashes. */
@Command(name = "store",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "COMMAND",
        description = {
            "Export a store to a file, import a file into an empty store, print a store's content hash, "
                    + "or migrate one store into another (any backend to any backend).",
            "Files are the export format of docs/FORMAT.md (JSON Lines; .gz is gzip). Every transfer is "
                    + "verified with the content hash; a target is never merged into or overwritten."})
final class StoreCommand {
}
