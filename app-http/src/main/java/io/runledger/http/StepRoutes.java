package io.runledger.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.runledger.domain.RunRecorder;
import io.runledger.domain.StepRecorder;
import io.runledger.domain.WireNames;
import io.runledger.http.json.StepView;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.StepId;
import io.runledger.storage.api.StepStatus;
import java.util.Optional;
import java.util.Set;

/** {@code /v1/runs/{run_id}/steps}: add (retry-safe by {@code step_id}), move through the status machine, list. */
final class StepRoutes {
    private static final Set<String> CREATE_FIELDS = Set.of("step_id", "name");
    private static final Set<String> PATCH_FIELDS = Set.of("status", "stats");
    private static final Set<String> LIST_PARAMS = Set.of("limit", "cursor");

    private final RunRecorder runs;
    private final StepRecorder steps;
    private final RequestBody body;

    StepRoutes(RunRecorder runs, StepRecorder steps, RequestBody body) {
        this.runs = runs;
        this.steps = steps;
        this.body = body;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/runs/{run_id}/steps", this::create);
        routes.get("/v1/runs/{run_id}/steps", this::list);
        routes.patch("/v1/runs/{run_id}/steps/{step_id}", this::patch);
    }

    private void create(Context ctx) {
        RunId runId = RunRoutes.runId(ctx);
        RequestFields fields = RequestFields.of(body.json(ctx), CREATE_FIELDS);
        Optional<StepId> stepId = fields.optionalString("step_id").map(StepId::new);
        String name = fields.string("name");
        boolean existed = stepId.flatMap(id -> steps.find(runId, id)).isPresent();
        Step step = steps.add(runId, stepId.map(StepId::value), name);
        ctx.header("Location", "/v1/runs/" + runId.value() + "/steps/" + step.stepId().value());
        Responses.json(ctx, existed ? 200 : 201, StepView.of(step));
    }

    private void patch(Context ctx) {
        RunId runId = RunRoutes.runId(ctx);
        StepId stepId = new StepId(ctx.pathParam("step_id"));
        RequestFields fields = RequestFields.of(body.json(ctx), PATCH_FIELDS);
        StepStatus status = WireNames.stepStatus(fields.string("status"));
        runs.get(runId);
        Responses.json(ctx, 200, StepView.of(steps.transition(runId, stepId, status, fields.optionalObject("stats"))));
    }

    private void list(Context ctx) {
        RunId runId = RunRoutes.runId(ctx);
        QueryParams params = QueryParams.of(ctx, LIST_PARAMS);
        runs.get(runId);
        Responses.page(ctx, steps.list(runId, params.page()), StepView::of);
    }
}
