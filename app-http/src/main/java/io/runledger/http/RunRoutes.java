package io.runledger.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.runledger.domain.NewRun;
import io.runledger.domain.RunRecorder;
import io.runledger.domain.WireNames;
import io.runledger.http.json.RunView;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunFilter;
import io.runledger.storage.api.RunId;
import java.util.Optional;
import java.util.Set;

/** {@code /v1/runs}: create (retry-safe by {@code run_id}), read, list with filters, finish. */
final class RunRoutes {
    private static final Set<String> CREATE_FIELDS = Set.of("run_id", "args", "git_sha", "config", "config_hash", "labels");
    private static final Set<String> PATCH_FIELDS = Set.of("status");
    private static final Set<String> LIST_PARAMS = Set.of("status", "label", "limit", "cursor");

    private final RunRecorder runs;
    private final RequestBody body;

    RunRoutes(RunRecorder runs, RequestBody body) {
        this.runs = runs;
        this.body = body;
    }

    void register(RoutesConfig routes) {
        routes.post("/v1/runs", this::create);
        routes.get("/v1/runs", this::list);
        routes.get("/v1/runs/{run_id}", this::get);
        routes.patch("/v1/runs/{run_id}", this::patch);
    }

    private void create(Context ctx) {
        RequestFields fields = RequestFields.of(body.json(ctx), CREATE_FIELDS);
        Optional<RunId> runId = fields.optionalString("run_id").map(RunId::new);
        NewRun draft = new NewRun(runId.map(RunId::value),
                fields.optionalObject("args").orElse(CanonicalJson.EMPTY_OBJECT),
                fields.optionalString("git_sha"), fields.optionalObject("config"),
                fields.optionalString("config_hash"), fields.stringMap("labels"));
        boolean existed = runId.flatMap(runs::find).isPresent();
        Run run = runs.create(draft);
        ctx.header("Location", "/v1/runs/" + run.runId().value());
        Responses.json(ctx, existed ? 200 : 201, RunView.of(run));
    }

    private void get(Context ctx) {
        Responses.json(ctx, 200, RunView.of(runs.get(runId(ctx))));
    }

    private void list(Context ctx) {
        QueryParams params = QueryParams.of(ctx, LIST_PARAMS);
        RunFilter filter = new RunFilter(params.get("status").map(WireNames::runStatus),
                params.get("label").map(WireNames::label));
        Responses.page(ctx, runs.list(filter, params.page()), RunView::of);
    }

    private void patch(Context ctx) {
        RunId runId = runId(ctx);
        RequestFields fields = RequestFields.of(body.json(ctx), PATCH_FIELDS);
        Responses.json(ctx, 200, RunView.of(runs.finish(runId, WireNames.runStatus(fields.string("status")))));
    }

    static RunId runId(Context ctx) {
        return new RunId(ctx.pathParam("run_id"));
    }
}
