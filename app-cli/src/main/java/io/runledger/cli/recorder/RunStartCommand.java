package io.runledger.cli.recorder;

import io.runledger.bootstrap.LedgerRuntime;
import io.runledger.domain.NewRun;
import io.runledger.format.json.Json;
import io.runledger.format.json.JsonValue;
import io.runledger.format.json.JsonValue.JsonObject;
import io.runledger.format.json.JsonValue.JsonString;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.ReasonCode;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code runledger run start}: creates a run in status running and prints its id. */
@Command(name = "start",
        mixinStandardHelpOptions = true,
        description = {
            "Create a run in status running and print its run_id alone on standard output, so that "
                    + "RUN=$(runledger run start ...) works; with --json the run as one JSON object.",
            "Retry-safe with --id: the same content again (args, git_sha, config hash, labels) prints the "
                    + "stored run and exits 0; other content is duplicate_id (exit 14).",
            "Creates a missing store at the head schema."})
public final class RunStartCommand implements Callable<Integer> {
    private final RecorderContext context;

    @Option(names = "--id", paramLabel = "RUN_ID",
            description = "The run_id (1-128 characters of A-Z a-z 0-9 . _ : -, not the reserved stats); generated "
                    + "(time-ordered) when absent.")
    private String id;

    @Option(names = "--arg", paramLabel = "NAME=VALUE",
            description = "One argument of the run, a string value; repeatable. Added to --args-json.")
    private List<String> args = new ArrayList<>();

    @Option(names = "--args-json", paramLabel = "JSON", description = "The run's args as a JSON object (default {}).")
    private String argsJson;

    @Option(names = "--config-json", paramLabel = "JSON",
            description = "The run's config as a JSON object; its config_hash (SHA-256 of the canonical JSON) is stored.")
    private String configJson;

    @Option(names = "--label", paramLabel = "NAME=VALUE", description = "A label of the run; repeatable.")
    private List<String> labels = new ArrayList<>();

    @Option(names = "--git-sha", paramLabel = "SHA", description = "The commit the run works on (at most 255 characters).")
    private String gitSha;

    @Option(names = "--json", description = "Print the run as one JSON object instead of its id.")
    private boolean json;

    public RunStartCommand(RecorderContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        // Everything is checked before the store is touched: bad input creates no store.
        NewRun draft = new NewRun(Optional.ofNullable(id).map(RunId::new).map(RunId::value), args(),
                Optional.ofNullable(gitSha), Inputs.object("--config-json", "config", Optional.ofNullable(configJson)),
                Optional.empty(), Inputs.pairs("--label", labels));
        try (LedgerRuntime runtime = context.openRuntime()) {
            runtime.storeForWriting();
            new RecordOutput(context, json).runId(runtime.runRecorder().create(draft));
        }
        return 0;
    }

    private CanonicalJson args() {
        Optional<CanonicalJson> given = Inputs.object("--args-json", "args", Optional.ofNullable(argsJson));
        if (this.args.isEmpty()) {
            return given.orElse(CanonicalJson.EMPTY_OBJECT);
        }
        Map<String, JsonValue> members = new LinkedHashMap<>(given.map(Json::object).map(JsonObject::members).orElse(Map.of()));
        Inputs.pairs("--arg", this.args).forEach((name, value) -> {
            if (members.put(name, new JsonString(value)) != null) {
                throw new StoreException(ReasonCode.VALIDATION_FAILED,
                        "--arg " + name + " is also a member of --args-json; give it once");
            }
        });
        return Json.canonicalObject("args", new JsonObject(members));
    }
}
