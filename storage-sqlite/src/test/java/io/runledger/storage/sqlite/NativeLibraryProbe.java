package io.runledger.storage.sqlite;

import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreSpec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Run in a child JVM by {@link SqliteUnavailableTest}: migrates a store at {@code args[0]} and prints
 * the outcome as {@code reason=<code>} and {@code message=<line>}, the way the CLI would report it.
 */
final class NativeLibraryProbe {
    private NativeLibraryProbe() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        try {
            new SqliteStorageProvider().admin(StoreSpec.at(args[0])).migrate(false);
            out.println("reason=none");
        } catch (StoreException e) {
            out.println("reason=" + e.reason().code());
            out.println("message=" + e.getMessage());
        }
    }
}
