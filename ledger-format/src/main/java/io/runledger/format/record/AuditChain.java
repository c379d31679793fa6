package io.runledger.format.record;

import io.runledger.format.json.JsonBytes;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.ChainLink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The audit chain (SPEC S12, docs/AUDIT_CHAIN.md), defined once: position {@code n} holds
 * {@code chain(n) = lowercase hex of SHA-256(chain(n-1) ‖ line(n) ‖ "\n")}, where {@code chain(n-1)} is
 * the previous position's 64 hex digits (ASCII) and {@code line(n)} the event's canonical record line
 * ({@link RecordLines#toLine}, the export line without {@code seq} and {@code chain}) in UTF-8 — the
 * bytes an export file holds for the event. Position 0 is the {@link #GENESIS}, which no event holds.
 * Every store computes its links here, never in the database, so any backend (and anyone with
 * {@code sha256sum}) recomputes the same values.
 */
public final class AuditChain {
    /**
     * The chain of position 0: SHA-256 of the ASCII text {@code runledger audit chain}. Fixed for ever;
     * a store's first event links from it.
     */
    public static final String GENESIS = "88a619827b0214b520948ce35631959d37b1ef8e3a0558f1295bb1a250d80b99";

    /** Position 0, the head of a store that never held an event. */
    public static final ChainLink START = new ChainLink(0, GENESIS);

    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest digest = ConfigHash.sha256();
    /** The canonical line being hashed, reused from event to event. */
    private final JsonBytes line = new JsonBytes(1024);
    private ChainLink head;

    private AuditChain(ChainLink head) {
        this.head = Objects.requireNonNull(head, "head");
    }

    /** A chain continuing after {@code head}: the next event appended gets position {@code head.seq() + 1}. */
    public static AuditChain after(ChainLink head) {
        return new AuditChain(head);
    }

    /** Gives {@code event} the next position and returns it; the chain's head moves there. */
    public ChainLink append(AuditEvent event) {
        head = new ChainLink(head.seq() + 1, link(head.chain(), event));
        return head;
    }

    /** The position the last {@link #append} gave, or the starting head before any. */
    public ChainLink head() {
        return head;
    }

    /**
     * The chain that follows {@code previous} for the event whose canonical line is {@code line}: the
     * one step every append and every verification takes.
     */
    public String link(String previous, String line) {
        digest.update(previous.getBytes(StandardCharsets.US_ASCII));
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        return next();
    }

    /** As {@link #link(String, String)} for {@code event}'s canonical line, written straight into bytes. */
    public String link(String previous, AuditEvent event) {
        RecordLines.write(event, line.clear());  // first: a value it refuses leaves the digest untouched
        digest.update(previous.getBytes(StandardCharsets.US_ASCII));
        line.hashInto(digest);
        return next();
    }

    private String next() {
        digest.update((byte) '\n');
        return HEX.formatHex(digest.digest());
    }
}
