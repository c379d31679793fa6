package io.runledger.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.runledger.domain.DoctorReport;
import io.runledger.http.json.StoreView;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code GET /v1/store}: the doctor's report on the served store, for the web console's store page.
 * The read role is enough: the report names the backend, schema versions and check results, never the
 * store's location or credentials. A store that is not ok is still a 200 — the report says why.
 */
final class StoreRoutes {
    private final Supplier<DoctorReport> doctor;

    StoreRoutes(Supplier<DoctorReport> doctor) {
        this.doctor = doctor;
    }

    void register(RoutesConfig routes) {
        routes.get("/v1/store", this::report);
    }

    private void report(Context ctx) {
        QueryParams.of(ctx, Set.of());
        Responses.json(ctx, 200, StoreView.of(doctor.get()));
    }
}
