package io.runledger.storage.json;

import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.AuditLevel;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.EventId;
import io.runledger.storage.api.Page;
import io.runledger.storage.api.PageRequest;
import io.runledger.storage.api.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Audit events for the JSON store's own tests, and a full walk of the log. */
final class Events {
    static final Instant T0 = Instant.parse("2026-11-21T10:00:00.000001Z");

    private Events() {
    }

    static AuditEvent event(String id) {
        return new AuditEvent(new EventId(id), T0, AuditLevel.INFO, Optional.empty(), "test", "noted",
                "event " + id, new CanonicalJson("{\"n\":1}"));
    }

    static List<AuditEvent> events(String... ids) {
        return java.util.Arrays.stream(ids).map(Events::event).toList();
    }

    /** Every event id in the store, page by page, in the order the pages return them. */
    static List<String> allIds(Store store) {
        List<String> ids = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<AuditEvent> page = store.auditLog().find(AuditFilter.ALL, request);
            page.items().forEach(e -> ids.add(e.eventId().value()));
            if (page.nextAfter().isEmpty()) {
                return ids;
            }
            request = request.next(page.nextAfter().get());
        }
    }
}
