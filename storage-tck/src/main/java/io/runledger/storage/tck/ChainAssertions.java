package io.runledger.storage.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.runledger.format.record.AuditChain;
import io.runledger.format.record.RecordLines;
import io.runledger.storage.api.AuditHistory;
import io.runledger.storage.api.ChainLink;
import io.runledger.storage.api.ChainedEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a store's audit chain from position 0 to the head, as a verifier would: positions 1, 2, 3 …
 * without a gap or a repeat, each chain recomputed from the previous one and the event's canonical
 * line, the last one equal to the head. Fails the test at the first position that does not hold.
 * Written apart from the domain's {@code ChainVerifier} (and its {@code ChainWalk}), so that the stores'
 * contracts do not rest on the code that later checks them.
 */
public final class ChainAssertions {
    /** Positions read per call, small enough that the walk pages even over a few hundred events. */
    private static final int PAGE = 97;

    private ChainAssertions() {
    }

    /** The chained events in {@code seq} order, once every link is checked. */
    public static List<ChainedEvent> verify(AuditHistory history) {
        return verifyFrom(history, AuditChain.START);
    }

    /** As {@link #verify}, starting after {@code start} (the last position no longer stored). */
    public static List<ChainedEvent> verifyFrom(AuditHistory history, ChainLink start) {
        ChainLink head = history.head();
        AuditChain chain = AuditChain.after(start);
        List<ChainedEvent> walked = new ArrayList<>();
        ChainLink previous = start;
        while (true) {
            List<ChainedEvent> page = history.after(previous.seq(), PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (ChainedEvent event : page) {
                assertEquals(previous.seq() + 1, event.link().seq(), "the position after " + previous.seq());
                String expected = chain.link(previous.chain(), RecordLines.toLine(event.event()));
                assertEquals(expected, event.link().chain(), "the chain at position " + event.link().seq()
                        + " (event " + event.event().eventId() + ")");
                previous = event.link();
                walked.add(event);
            }
        }
        assertEquals(head, previous, "the walk ends at the head");
        return walked;
    }
}
