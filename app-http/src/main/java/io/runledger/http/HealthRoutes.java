package io.runledger.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.runledger.http.json.HealthView;
import io.runledger.http.json.ProblemView;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.StoreException;
import io.runledger.storage.api.StoreStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The endpoints that need no token: {@code GET /health} (200 when the store is at this binary's schema
 * head, otherwise 503 with the reason) and {@code GET /openapi.json}, the API's OpenAPI 3.1 document.
 */
final class HealthRoutes {
    static final String OPENAPI_RESOURCE = "openapi.json";

    private final Supplier<StoreStatus> storeStatus;
    private final String backend;
    private final String persistenceMode;
    private final byte[] openApi;

    HealthRoutes(Supplier<StoreStatus> storeStatus, String backend, String persistenceMode) {
        this.storeStatus = storeStatus;
        this.backend = backend;
        this.persistenceMode = persistenceMode;
        this.openApi = openApiDocument();
    }

    void register(RoutesConfig routes) {
        routes.get("/health", this::health);
        routes.get("/openapi.json", ctx -> ctx.status(200).contentType(Responses.JSON).result(openApi));
    }

    private void health(Context ctx) {
        try {
            StoreStatus status = storeStatus.get();
            status.requireAtHead();
            Responses.json(ctx, 200, new HealthView("ok", status.backend(), status.persistenceMode(),
                    status.schemaVersion()));
        } catch (StoreException e) {
            ReasonCode reason = e.reason().httpStatus().orElse(0) == 503 ? e.reason() : ReasonCode.STORE_UNAVAILABLE;
            Responses.problem(ctx, 503, new ProblemView("urn:runledger:reason:" + reason.code(),
                    reason.title(), 503, e.getMessage(), reason.code(), null, backend, persistenceMode));
        }
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
