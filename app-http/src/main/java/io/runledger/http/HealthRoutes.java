package io.runledger.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.runledger.http.json.HealthView;
import io.runledger.storage.api.StoreStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The endpoints that need no token: {@code GET /health} (200 when the store is at this binary's schema
 * head, otherwise 503 with the reason) and {@code GET /openapi.json}, the API's OpenAPI 3.1 document.
 * The health answer holds the status, reason, backend and schema numbers only, from the shared
 * {@link StoreStanding}: never a path, host, user or pid, and never a store read per request.
 */
final class HealthRoutes {
    static final String OPENAPI_RESOURCE = "openapi.json";

    private final StoreStanding standing;
    private final String backend;
    private final String persistenceMode;
    private final byte[] openApi;

    HealthRoutes(StoreStanding standing, String backend, String persistenceMode) {
        this.standing = standing;
        this.backend = backend;
        this.persistenceMode = persistenceMode;
        this.openApi = openApiDocument();
    }

    void register(RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/openapi.json", ctx -> ctx.status(200).contentType(Responses.JSON).result(openApi));
    }

    /** The {@code /health} answer, which {@code /readyz} shares. */
    void health(Context ctx) {
        StoreStanding.Verdict verdict = standing.now();
        if (verdict.failure().isPresent()) {
            Problems.unusable(ctx, StoreStanding.unusableReason(verdict.failure().orElseThrow()), backend, persistenceMode,
                    verdict.status());
            return;
        }
        StoreStatus status = verdict.status().orElseThrow();
        Responses.json(ctx, 200, new HealthView("ok", status.backend(), status.persistenceMode(), status.schemaVersion()));
    }

    static byte[] openApiDocument() {
        try (InputStream in = HealthRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + OPENAPI_RESOURCE + " is missing from the module");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
