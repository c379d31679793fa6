package io.runledger.cli.recorder;

import io.runledger.cli.json.JsonOutput;
import io.runledger.http.json.AuditEventView;
import io.runledger.http.json.RunView;
import io.runledger.http.json.StepView;
import io.runledger.storage.api.AuditEvent;
import io.runledger.storage.api.CanonicalJson;
import io.runledger.storage.api.Run;
import io.runledger.storage.api.RunId;
import io.runledger.storage.api.Step;
import io.runledger.storage.api.Timestamps;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How the recorder commands print records: one line of text each by default, or with {@code --json}
 * one JSON object each, the same object the HTTP API returns for the record. Text is for people:
 * control characters in stored text are shown escaped, so one record is always one line.
 */
final class RecordOutput {
    private final RecorderContext context;
    private final boolean json;

    RecordOutput(RecorderContext context, boolean json) {
        this.context = context;
        this.json = json;
    }

    /** A run as one line: {@code RUN_ID  STATUS  CREATED_AT  FINISHED_AT  LABELS} ({@code -} for none). */
    void run(Run run) {
        line(json ? JsonOutput.write(RunView.of(run)) : String.join("  ", run.runId().value(),
                pad(run.status().wireName()), time(run.createdAt()), time(run.finishedAt()), labels(run.labels())));
    }

    /** A run with every field, one {@code name  value} line each (one JSON object with {@code --json}). */
    void runInFull(Run run) {
        if (json) {
            run(run);
            return;
        }
        field("run_id", run.runId().value());
        field("status", run.status().wireName());
        field("created_at", time(run.createdAt()));
        field("finished_at", time(run.finishedAt()));
        field("git_sha", run.gitSha().map(RecordOutput::printable).orElse("-"));
        field("config_hash", run.configHash().orElse("-"));
        field("labels", labels(run.labels()));
        field("args", printable(run.args().text()));
    }

    /** Only the run's id (text), so that {@code RUN=$(runledger run start)} works. */
    void runId(Run run) {
        line(json ? JsonOutput.write(RunView.of(run)) : run.runId().value());
    }

    /** A step as one line: {@code STEP_ID  STATUS  STARTED_AT  FINISHED_AT  NAME  [STATS]}. */
    void step(Step step) {
        line(json ? JsonOutput.write(StepView.of(step)) : String.join("  ", step.stepId().value(),
                pad(step.status().wireName()), time(step.startedAt()), time(step.finishedAt()), printable(step.name()))
                + data(step.stats()));
    }

    /** Only the step's id (text). */
    void stepId(Step step) {
        line(json ? JsonOutput.write(StepView.of(step)) : step.stepId().value());
    }

    /** An event as one line: {@code TS  LEVEL  SCOPE  EVENT  MESSAGE  [run=RUN_ID]  [DATA]}. */
    void event(AuditEvent event) {
        line(json ? JsonOutput.write(AuditEventView.of(event)) : String.join("  ", time(event.ts()),
                String.format("%-5s", event.level().wireName()), printable(event.scope()), printable(event.event()),
                printable(event.message())) + event.runId().map(RunId::value).map(id -> "  run=" + id).orElse("")
                + data(event.data()));
    }

    /** Makes what was printed visible; false once standard output has no reader any more. */
    boolean flush() {
        return !context.outClosed();
    }

    private void line(String text) {
        context.out().println(text);
    }

    private void field(String name, String value) {
        line(String.format("%-12s%s", name, value));
    }

    private static String pad(String status) {
        return String.format("%-9s", status);
    }

    private static String time(Instant instant) {
        return Timestamps.format(instant);
    }

    private static String time(Optional<Instant> instant) {
        return instant.map(Timestamps::format).orElse("-");
    }

    private static String labels(Map<String, String> labels) {
        return labels.isEmpty() ? "-" : labels.entrySet().stream()
                .map(label -> printable(label.getKey()) + "=" + printable(label.getValue()))
                .collect(Collectors.joining(","));
    }

    private static String data(CanonicalJson json) {
        return json.equals(CanonicalJson.EMPTY_OBJECT) ? "" : "  " + printable(json.text());
    }

    /** Text with its control characters escaped as in JSON ({@code \n}, {@code \u0000} …). */
    private static String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(c == '\n' ? "\\n" : c == '\t' ? "\\t" : c == '\r' ? "\\r" : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
