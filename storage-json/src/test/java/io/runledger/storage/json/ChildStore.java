package io.runledger.storage.json;

import io.runledger.storage.api.Store;
import io.runledger.storage.api.StoreSpec;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The other process in the lock and crash tests, run in a child JVM by {@link ChildJvm}:
 * {@code hold LOCATION} opens the store, prints {@code open} and keeps it open until standard input
 * closes; {@code append LOCATION PREFIX COMPACT_AFTER_BYTES} appends batches of events forever and
 * prints each event id once {@code append} has returned (that is, once it is acknowledged).
 */
public final class ChildStore {
    private ChildStore() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, "UTF-8");
        String mode = args[0];
        StoreSpec spec = new StoreSpec(args[1], mode.equals("append")
                ? Map.of("compact_after_bytes", args[3], "lock_timeout_ms", "10000") : Map.of());
        try (Store store = new JsonStorageProvider().open(spec)) {
            if (mode.equals("hold")) {
                out.println("open");
                out.flush();
                while (System.in.read() >= 0) {
                    // wait for the parent to close our standard input
                }
                return;
            }
            for (long n = 0; ; n++) {
                int size = 1 + (int) (n % 3);
                List<String> ids = new java.util.ArrayList<>();
                for (int i = 0; i < size; i++) {
                    ids.add(String.format("%s-%08d-%d", args[2], n, i));
                }
                store.auditLog().append(ids.stream().map(Events::event).toList());
                ids.forEach(out::println);
                out.flush();
            }
        }
    }
}
