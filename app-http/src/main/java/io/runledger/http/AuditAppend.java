package io.runledger.http;

import io.runledger.domain.AuditTrail;
import io.runledger.domain.NewAuditEvent;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Appends a batch so that a retry is safe by {@code event_id} alone. The store treats an event as a
 * repeat only when it is identical, {@code ts} included; a client that leaves {@code ts} to the server
 * would get a new {@code ts} on its retry and a {@code duplicate_id}. So when a batch is refused as a
 * duplicate, each event with a client id and no {@code ts} takes the stored event's {@code ts}, and
 * the batch is tried once more: a true retry then stores nothing new, while an id reused for other
 * content is still a {@code duplicate_id}.
 */
final class AuditAppend {
    private static final String ID_CHARS = "-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final int MAX_ID_LENGTH = 128;

    private final AuditTrail audit;

    AuditAppend(AuditTrail audit) {
        this.audit = audit;
    }

    List<AuditEvent> append(List<NewAuditEvent> drafts) {
        try {
            return audit.append(drafts);
        } catch (StoreException e) {
            if (e.reason() != ReasonCode.DUPLICATE_ID
                    || drafts.stream().noneMatch(d -> d.eventId().isPresent() && d.ts().isEmpty())) {
                throw e;
            }
            return audit.append(withStoredTimestamps(drafts));
        }
    }

    private List<NewAuditEvent> withStoredTimestamps(List<NewAuditEvent> drafts) {
        List<NewAuditEvent> out = new ArrayList<>(drafts.size());
        for (NewAuditEvent draft : drafts) {
            Optional<AuditEvent> stored = draft.ts().isPresent() ? Optional.empty()
                    : draft.eventId().flatMap(this::stored);
            out.add(stored.map(event -> new NewAuditEvent(draft.eventId(), Optional.of(event.ts()), draft.level(),
                    draft.runId(), draft.scope(), draft.event(), draft.message(), draft.data())).orElse(draft));
        }
        return out;
    }

    /** The stored event with this id: the first event after the greatest possible id below it. */
    private Optional<AuditEvent> stored(String id) {
        PageRequest page = new PageRequest(1, justBefore(id));
        return audit.find(AuditFilter.ALL, page).items().stream()
                .filter(event -> event.eventId().equals(new EventId(id))).findFirst();
    }

    /**
     * The greatest id that sorts before {@code id}, as a page key: ids are at most 128 characters of a
     * known alphabet, so it is {@code id} with its last character lowered by one and padded with the
     * highest character — or {@code id} without its last character, when that is the lowest one.
     */
    static Optional<String> justBefore(String id) {
        char last = id.charAt(id.length() - 1);
        String prefix = id.substring(0, id.length() - 1);
        int position = ID_CHARS.indexOf(last);
        if (position == 0) {
            return prefix.isEmpty() ? Optional.empty() : Optional.of(prefix);
        }
        char highest = ID_CHARS.charAt(ID_CHARS.length() - 1);
        return Optional.of(prefix + ID_CHARS.charAt(position - 1)
                + String.valueOf(highest).repeat(MAX_ID_LENGTH - id.length()));
    }
}
