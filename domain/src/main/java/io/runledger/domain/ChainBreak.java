package io.runledger.domain;

import io.runledger.storage.api.EventId;
import java.util.Objects;
import java.util.Optional;

/**
 * The first position at which a store's audit chain does not verify, what broke there, and the event
 * concerned: the one at that position, or (for a missing position) the first one after it, if any.
 */
public record ChainBreak(long seq, ChainFault fault, Optional<EventId> eventId) {
    public ChainBreak {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(eventId, "eventId");
    }

    /** One sentence for people, naming the position, what broke and the event. */
    public String describe() {
        String event = eventId.map(id -> " (event " + id.value() + ")").orElse("");
        return switch (fault) {
            case CONTENT_CHANGED -> "the audit chain is broken at seq " + seq + event + ": content_changed, the event"
                    + " does not hash to its stored chain from the previous position (it or the chain before it was changed)";
            case POSITION_MISSING -> "the audit chain is broken at seq " + seq + ": position_missing, no event holds it"
                    + eventId.map(id -> " (the next stored event is " + id.value() + ")").orElse(" (the tail was cut off below the head)");
            case POSITION_REPEATED -> "the audit chain is broken at seq " + seq + event + ": position_repeated, a second"
                    + " event holds the position";
            case LINK_BROKEN -> "the audit chain is broken at seq " + seq + event + ": link_broken, the last event does"
                    + " not match the head the store records";
            case ANCHOR_MISMATCH -> "the audit chain is broken at seq " + seq + ": anchor_mismatch, the prune anchor there"
                    + " does not agree with the prune records";
        };
    }
}
