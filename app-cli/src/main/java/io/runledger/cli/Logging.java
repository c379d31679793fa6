package io.runledger.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import io.runledger.bootstrap.LogFormat;
import org.slf4j.LoggerFactory;

/**
 * The log settings a command can change after {@link QuietLogging} set them up: the level of Runledger's
 * own loggers (quiet by default, DEBUG with {@code --verbose}) and the format ({@code log.format}: text
 * lines, or one JSON object per line written by Logback's own {@link JsonEncoder}, with the MDC's
 * {@code request_id} and an access line's key-value pairs as members).
 */
final class Logging {
    private static final String RUNLEDGER = "io.runledger";

    private Logging() {
    }

    static void verbose(boolean verbose) {
        if (LoggerFactory.getLogger(RUNLEDGER) instanceof Logger logger) {
            logger.setLevel(verbose ? Level.DEBUG : Level.WARN);
        }
    }

    /** Switches the standard-error appender to {@code format}; a text format keeps QuietLogging's pattern. */
    static void format(LogFormat format) {
        if (format != LogFormat.JSON || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Appender<ILoggingEvent> appender = context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender(QuietLogging.APPENDER);
        if (appender instanceof ConsoleAppender<ILoggingEvent> stderr && !(stderr.getEncoder() instanceof JsonEncoder)) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(context);
            json.start();
            stderr.stop();
            stderr.setEncoder(json);
            stderr.start();
        }
    }
}
