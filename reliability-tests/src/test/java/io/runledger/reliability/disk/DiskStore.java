package io.runledger.reliability.disk;

import java.util.List;

/** One backend's store placed on a {@link Disk}: how the CLI names it, and what is checked on its files. */
interface DiskStore extends AutoCloseable {
    /** The backend id, e.g. "sqlite". */
    String backend();

    /** The global options that select this store: {@code --backend … --state …}. */
    List<String> globalOptions();

    /** Fails when the store's files were left in a state the next open would have to repair. */
    void assertFilesClean();

    /** Removes what the store made outside the disk (a database, a tablespace); never throws. */
    @Override
    void close();
}
