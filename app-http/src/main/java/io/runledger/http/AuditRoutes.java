package io.runledger.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.runledger.domain.AuditTrail;
import io.runledger.domain.NewAuditEvent;
import io.runledger.domain.WireNames;
import io.runledger.format.json.Json;
import io.runledger.format.json.JsonValue;
import io.runledger.http.json.AppendedView;
import io.runledger.http.json.AuditEventView;
import io.runledger.storage.api.AuditFilter;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code /v1/audit}: append a batch (retry-safe by {@code event_id}), query with filters in {@code event_id} order. */
final class AuditRoutes {
    static final int MAX_BATCH = 1_000;
    private static final Set<String> APPEND_FIELDS = Set.of("events");
    private static final Set<String> QUERY_PARAMS = Set.of("run_id", "level", "scope", "since", "until", "event", "text",
            "limit", "cursor");

    private final AuditTrail audit;
    private final RequestBody body;

    AuditRoutes(AuditTrail audit, RequestBody body) {
        this.audit = audit;
        this.body = body;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/audit", this::append);
        routes.get("/v1/audit", this::query);
    }

    private void append(Context ctx) {
        List<JsonValue> elements = RequestFields.of(body.json(ctx), APPEND_FIELDS).array("events");
        if (elements.isEmpty() || elements.size() > MAX_BATCH) {
            throw ApiFailure.invalid("events must hold 1 to " + MAX_BATCH + " events (got " + elements.size() + ")");
        }
        List<NewAuditEvent> drafts = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            drafts.add(draft(i, elements.get(i)));
        }
        List<AuditEventView> stored = audit.append(drafts).stream().map(AuditEventView::of).toList();
        Responses.json(ctx, 201, new AppendedView(stored));
    }

    private static NewAuditEvent draft(int index, JsonValue element) {
        try {
            // the domain reads events exactly as `audit append` reads its lines
            return NewAuditEvent.fromJson(Json.canonical(element));
        } catch (StoreException e) {
            throw new StoreException(e.reason() == ReasonCode.MALFORMED_JSON ? ReasonCode.VALIDATION_FAILED : e.reason(),
                    "events[" + index + "]: " + e.getMessage());
        }
    }

    private void query(Context ctx) {
        QueryParams params = QueryParams.of(ctx, QUERY_PARAMS);
        AuditFilter filter = new AuditFilter(
                params.get("run_id").map(RunId::new),
                params.get("level").map(WireNames::auditLevel),
                params.get("scope"),
                params.get("since").map(text -> Timestamps.parse("since", text)),
                params.get("until").map(text -> Timestamps.parse("until", text)),
                params.get("event"), params.get("text"));
        Responses.page(ctx, audit.find(filter, params.page()), AuditEventView::of);
    }
}
