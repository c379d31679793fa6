package io.runledger.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** The log level of Runledger's own loggers: quiet by default, DEBUG with {@code --verbose}. */
final class Logging {
    private static final String RUNLEDGER = "io.runledger";

    private Logging() {
    }

    static void verbose(boolean verbose) {
        if (LoggerFactory.getLogger(RUNLEDGER) instanceof Logger logger) {
            logger.setLevel(verbose ? Level.DEBUG : Level.WARN);
        }
    }
}
