package io.runledger.cli.recorder;

import io.runledger.bootstrap.LedgerRuntime;
import java.io.PrintWriter;

/**
 * What the command line gives a recorder command: the store the global options, environment and config
 * file describe, and standard output. An interface here, so that this package does not depend on the
 * command line's own package, which registers its commands.
 */
public interface RecorderContext {
    /** The configured runtime; nothing is opened yet. The caller closes it. */
    LedgerRuntime openRuntime();

    /** Standard output, for results. */
    PrintWriter out();

    /** Flushes standard output and tells whether it has no reader any more (e.g. {@code | head -1}). */
    boolean outClosed();
}
