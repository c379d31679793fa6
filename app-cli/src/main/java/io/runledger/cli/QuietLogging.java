package io.runledger.cli;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.Map;

/**
 * Logback's configuration, in code rather than a logback.xml: looking up and parsing an XML file took
 * a noticeable share of every command's start-up. Quiet by default: only warnings and errors, on
 * stderr (stdout is for results). The libraries under the store are limited to errors so that their
 * start-up chatter never reaches the terminal; {@code --verbose} sets io.runledger to DEBUG
 * ({@link Logging}), and {@code log.format=json} switches to one JSON object per line ({@link Logging#format}).
 * serve's access log ({@code io.runledger.http.access}) is at INFO. A file named by {@code -Dlogback.configurationFile} still takes precedence.
 */
public final class QuietLogging extends ContextAwareBase implements Configurator {
    /** The name of the one appender, on standard error. */
    static final String APPENDER = "STDERR";
    /** A text line; the request id, when the line belongs to an HTTP request, follows the logger in brackets. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{36}%replace( [%X{request_id}]){' \\[\\]', ''} - %msg%n";
    private static final Map<String, Level> LEVELS = Map.of(
            "io.runledger", Level.WARN,
            // serve's access log (one line per request; http.access_log=false turns it off)
            "io.runledger.http.access", Level.INFO,
            "org.hibernate", Level.ERROR,
            "org.flywaydb", Level.ERROR,
            "com.zaxxer.hikari", Level.ERROR,
            "org.sqlite", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());
        DeferredPatternEncoder encoder = new DeferredPatternEncoder(PATTERN);
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName(APPENDER);
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
