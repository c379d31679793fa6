package io.runledger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuietLoggingTest {

    @Test
    void onlyWarningsReachStderrAndTheStoreLibrariesOnlyWithErrors() {
        LoggerContext context = new LoggerContext();
        try {
            QuietLogging logging = new QuietLogging();
            logging.setContext(context);
            assertEquals(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, logging.configure(context));

            assertFalse(context.getLogger("io.runledger.cli").isInfoEnabled());
            assertTrue(context.getLogger("io.runledger.cli").isWarnEnabled());
            assertTrue(context.getLogger("com.example").isWarnEnabled());
            for (String library : List.of("org.hibernate.orm.deprecation", "org.flywaydb.core", "com.zaxxer.hikari.pool",
                    "org.sqlite.SQLiteJDBCLoader")) {
                assertFalse(context.getLogger(library).isWarnEnabled(), library);
                assertTrue(context.getLogger(library).isErrorEnabled(), library);
            }
            ConsoleAppender<ILoggingEvent> stderr =
                    (ConsoleAppender<ILoggingEvent>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
            assertEquals("System.err", stderr.getTarget());
            assertTrue(stderr.isStarted());
            assertEquals(QuietLogging.PATTERN, ((DeferredPatternEncoder) stderr.getEncoder()).pattern());
            assertTrue(context.getLogger("io.runledger.http.access").isInfoEnabled(), "serve's access log");
        } finally {
            context.stop();
        }
    }

    @Test
    void aWarningIsOneTextLineWithTheTimeLevelLoggerAndMessage() {
        LoggerContext context = new LoggerContext();
        try {
            context.setMDCAdapter(new LogbackMDCAdapter());
            DeferredPatternEncoder encoder = new DeferredPatternEncoder(QuietLogging.PATTERN);
            encoder.setContext(context);
            encoder.start();
            Logger logger = context.getLogger("io.runledger.cli.Example");
            String line = new String(encoder.encode(new LoggingEvent(Logger.FQCN, logger, Level.WARN, "the store is {}",
                    null, new Object[] {"busy"})), StandardCharsets.UTF_8);

            assertTrue(line.matches("\\d{2}:\\d{2}:\\d{2}\\.\\d{3} WARN  io\\.runledger\\.cli\\.Example - the store is busy\\R"),
                    line);
        } finally {
            context.stop();
        }
    }

    @Test
    void logbackConfiguresItselfWithItAndLooksForNoFile() throws JoranException {
        LoggerContext context = new LoggerContext();
        try {
            new ContextInitializer(context).autoConfig();

            assertEquals(Level.ERROR, context.getLogger("org.hibernate").getLevel());
            assertTrue(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR") instanceof ConsoleAppender<?>,
                    "the root logger writes to the console");
        } finally {
            context.stop();
        }
    }
}
