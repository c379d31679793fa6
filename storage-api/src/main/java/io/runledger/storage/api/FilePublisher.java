package io.runledger.storage.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/**
 * How a complete file gets its name durably, for code that may not open files as channels itself
 * (the domain publishing an export or a backup): the name appears atomically and never replaces
 * another, and the directory holding it is synced, so the name survives an OS crash or a power loss,
 * not only a process crash. Implemented once, by storage-support (whose file plumbing the adapters
 * use for their own files), and found with {@link ServiceLoader}.
 */
public interface FilePublisher {
    /**
     * Gives {@code complete} (a file already synced, in the same directory) the further name
     * {@code name}, never replacing a file there ({@link java.nio.file.FileAlreadyExistsException}),
     * and syncs the directory. The caller removes the temporary name.
     */
    void publish(Path complete, Path name) throws IOException;

    /** The one installed implementation; raises {@link ReasonCode#INTERNAL_ERROR} when none is on the module path. */
    static FilePublisher installed() {
        return ServiceLoader.load(FilePublisher.class, FilePublisher.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new StoreException(ReasonCode.INTERNAL_ERROR,
                        "no FilePublisher is installed (storage-support is missing from the module path)"));
    }
}
