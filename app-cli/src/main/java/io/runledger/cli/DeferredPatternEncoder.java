package io.runledger.cli;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;

/**
 * {@link QuietLogging}'s text encoder, which parses its pattern when the first line is written instead of
 * at start-up: most commands write no log line at all, and starting a {@link PatternLayoutEncoder} loads
 * Logback's pattern parser and converters and java.time's formatters, about 160 classes, on every start
 * (docs/PERFORMANCE.md, "CLI start").
 */
final class DeferredPatternEncoder extends EncoderBase<ILoggingEvent> {
    private final String pattern;
    private PatternLayoutEncoder encoder;

    DeferredPatternEncoder(String pattern) {
        this.pattern = pattern;
    }

    String pattern() {
        return pattern;
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return encoder().encode(event);
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    // Appenders call encode outside their own lock, so several threads may write the first line at once.
    private synchronized PatternLayoutEncoder encoder() {
        if (encoder == null) {
            PatternLayoutEncoder started = new PatternLayoutEncoder();
            started.setContext(getContext());
            started.setPattern(pattern);
            started.start();
            encoder = started;
        }
        return encoder;
    }
}
