package io.runledger.cli.audit;

import io.runledger.domain.AuditTrail;
import io.runledger.domain.NewAuditEvent;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Appends audit events read as JSON Lines (one event per line, blank lines ignored) in batches. A
 * batch is written when it reaches the batch size or when no more input is immediately available,
 * and {@code onDurable} sees each batch only after the store made it durable. A bad line stops the
 * append: the events before it are stored first, then a {@link StoreException} names the line.
 */
public final class AuditAppender {
    /** Longer lines are refused rather than buffered, so memory stays bounded whatever the input. */
    public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

    private final AuditTrail trail;
    private final int batchSize;
    private final Consumer<List<AuditEvent>> onDurable;
    private final List<NewAuditEvent> pending = new ArrayList<>();
    private long firstPendingLine;
    private long lastPendingLine;
    private long lineNumber;
    private long stored;
    private long batches;

    public AuditAppender(AuditTrail trail, int batchSize, Consumer<List<AuditEvent>> onDurable) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.trail = Objects.requireNonNull(trail, "trail");
        this.batchSize = batchSize;
        this.onDurable = Objects.requireNonNull(onDurable, "onDurable");
    }

    /** Reads {@code in} to its end (or its first bad line) and returns what was stored. */
    public AppendSummary appendFrom(InputStream in) {
        LineReader lines = new LineReader(in, MAX_LINE_BYTES, this::flush);
        try {
            for (Optional<LineReader.RawLine> line = lines.next(); line.isPresent(); line = lines.next()) {
                lineNumber++;
                Optional<NewAuditEvent> event = parse(line.get());
                if (event.isPresent()) {
                    if (pending.isEmpty()) {
                        firstPendingLine = lineNumber;
                    }
                    pending.add(event.get());
                    lastPendingLine = lineNumber;
                    if (pending.size() >= batchSize) {
                        flush();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
        flush();
        return new AppendSummary(stored, batches);
    }

    private Optional<NewAuditEvent> parse(LineReader.RawLine line) {
        StoreException bad;
        try {
            if (line.tooLong()) {
                throw new StoreException(ReasonCode.VALIDATION_FAILED,
                        "longer than " + MAX_LINE_BYTES + " bytes; one audit event per line");
            }
            String text = decode(line.bytes());
            return text.isBlank() ? Optional.empty() : Optional.of(NewAuditEvent.fromJson(text));
        } catch (StoreException e) {
            bad = e;
        }
        flush();
        throw new StoreException(bad.reason(), "line " + lineNumber + ": " + bad.getMessage(), bad);
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<AuditEvent> events;
        try {
            events = trail.append(List.copyOf(pending));
        } catch (StoreException e) {
            throw new StoreException(e.reason(), "the events on lines " + firstPendingLine + "-" + lastPendingLine
                    + " were not stored (" + stored + " before them were): " + e.getMessage(), e);
        }
        pending.clear();
        stored += events.size();
        batches++;
        onDurable.accept(events);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new StoreException(ReasonCode.MALFORMED_JSON, "not valid UTF-8");
        }
    }
}
