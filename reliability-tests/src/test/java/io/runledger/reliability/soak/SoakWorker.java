package io.runledger.reliability.soak;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One of the soak's clients: creates its own runs (ids it chooses, so a retry is safe and every
 * write is checkable), adds steps and moves them through their status machine, finishes runs,
 * appends audit events singly and in batches, and reads (get run, list runs page by page, audit by
 * run). Every acknowledged write goes into the {@link Ledger} once its answer has arrived.
 */
final class SoakWorker implements Runnable {
    private static final int MAX_OPEN_RUNS = 4;
    private static final int STEPS_PER_RUN = 5;
    private static final int BATCH = 10;

    private final String name;
    private final LedgerClient client;
    private final Ledger ledger;
    private final Tally tally;
    private final long deadline;
    private final Random random;
    private final Answers answers;
    private final List<OwnRun> open = new ArrayList<>();
    private final List<String> created = new ArrayList<>();
    private int runs;
    private int events;

    SoakWorker(int number, LedgerClient client, Ledger ledger, Tally tally, long deadlineNanos) {
        this.name = String.format(Locale.ROOT, "w%02d", number);
        this.client = client;
        this.ledger = ledger;
        this.tally = tally;
        this.deadline = deadlineNanos;
        this.random = new Random(number);
        this.answers = new Answers(client, tally);
    }

    Latencies latencies() {
        return answers.latencies();
    }

    @Override
    public void run() {
        while (System.nanoTime() < deadline) {
            int dice = random.nextInt(100);
            if (open.isEmpty() || dice < 8) {
                createRun();
            } else if (dice < 22) {
                createStep();
            } else if (dice < 42) {
                transitionStep();
            } else if (dice < 56) {
                appendEvents(Operation.APPEND_ONE, 1);
            } else if (dice < 64) {
                appendEvents(Operation.APPEND_BATCH, BATCH);
            } else if (dice < 74) {
                getRun();
            } else if (dice < 84) {
                listRuns();
            } else if (dice < 92) {
                auditByRun();
            } else {
                finishRun();
            }
        }
    }

    private void createRun() {
        if (open.size() >= MAX_OPEN_RUNS) {
            finishRun();
            return;
        }
        int seq = runs++;
        String runId = String.format(Locale.ROOT, "r-%s-%06d", name, seq);
        String body = "{\"run_id\":\"" + runId + "\",\"args\":{\"worker\":\"" + name + "\",\"seq\":" + seq
                + "},\"config\":{\"soak\":true,\"seq\":" + seq + "},\"labels\":{\"worker\":\"" + name + "\"}}";
        if (answers.created(Operation.CREATE_RUN, "/v1/runs", body)) {
            ledger.run(runId, "running");
            open.add(new OwnRun(runId));
            created.add(runId);
        }
    }

    private void createStep() {
        OwnRun run = open.get(random.nextInt(open.size()));
        if (run.steps.size() >= STEPS_PER_RUN) {
            transitionStep();
            return;
        }
        String stepId = String.format(Locale.ROOT, "s-%02d", run.steps.size());
        String body = "{\"step_id\":\"" + stepId + "\",\"name\":\"step " + run.steps.size() + "\"}";
        if (answers.created(Operation.CREATE_STEP, "/v1/runs/" + run.id + "/steps", body)) {
            ledger.step(run.id, stepId, "pending");
            run.steps.add(new OwnStep(stepId, "pending"));
        }
    }

    private void transitionStep() {
        OwnRun run = open.get(random.nextInt(open.size()));
        OwnStep step = run.steps.stream().filter(s -> !OwnStep.terminal(s.status)).findFirst().orElse(null);
        if (step == null) {
            finishRun();
            return;
        }
        String target = switch (step.status) {
            case "pending" -> random.nextInt(4) == 0 ? "skipped" : "running";
            default -> random.nextInt(5) == 0 ? "failed" : "succeeded";
        };
        String stats = OwnStep.terminal(target) ? ",\"stats\":{\"rows\":" + random.nextInt(1000) + "}" : "";
        String path = "/v1/runs/" + run.id + "/steps/" + step.id;
        Reply reply = answers.timed(Operation.STEP_TRANSITION, "PATCH", path, "{\"status\":\"" + target + "\"" + stats + "}");
        if (answers.applied(Operation.STEP_TRANSITION, path, reply, () -> stepStatus(run.id, step.id), target)) {
            ledger.step(run.id, step.id, target);
            step.status = target;
        } else {
            open.remove(run);
        }
    }

    private void finishRun() {
        OwnRun run = open.stream().filter(r -> r.steps.stream().allMatch(s -> OwnStep.terminal(s.status)))
                .findFirst().orElse(null);
        if (run == null) {
            transitionStep();
            return;
        }
        String target = random.nextInt(5) == 0 ? "failed" : "succeeded";
        String path = "/v1/runs/" + run.id;
        Reply reply = answers.timed(Operation.FINISH_RUN, "PATCH", path, "{\"status\":\"" + target + "\"}");
        if (answers.applied(Operation.FINISH_RUN, path, reply, () -> client.send("GET", path, null).json().path("status").asText(), target)) {
            ledger.run(run.id, target);
        }
        open.remove(run);
    }

    private void appendEvents(Operation operation, int count) {
        List<String> ids = new ArrayList<>();
        StringBuilder body = new StringBuilder("{\"events\":[");
        for (int i = 0; i < count; i++) {
            String eventId = String.format(Locale.ROOT, "e-%s-%07d", name, events++);
            String runId = open.isEmpty() || random.nextBoolean() ? "null" : "\"" + open.get(random.nextInt(open.size())).id + "\"";
            body.append(i == 0 ? "" : ",").append("{\"event_id\":\"").append(eventId)
                    .append("\",\"level\":\"info\",\"scope\":\"soak\",\"event\":\"tick\",\"message\":\"")
                    .append(name).append(" event ").append(eventId).append("\",\"run_id\":").append(runId)
                    .append(",\"data\":{\"i\":").append(i).append("}}");
            ids.add(eventId);
        }
        Reply reply = answers.timed(operation, "POST", "/v1/audit", body.append("]}").toString());
        if (answers.expect(operation, "/v1/audit", reply, 201)) {
            ids.forEach(ledger::event);
        }
    }

    private void getRun() {
        if (created.isEmpty()) {
            return;
        }
        String runId = created.get(random.nextInt(created.size()));
        String path = "/v1/runs/" + runId;
        Reply reply = answers.timed(Operation.GET_RUN, "GET", path, null);
        if (answers.expect(Operation.GET_RUN, path, reply, 200)) {
            String status = reply.json().path("status").asText();
            String acknowledged = ledger.runStatus(runId);
            if (!status.equals(acknowledged)) {
                tally.wrongAnswer(Operation.GET_RUN, path + " (acknowledged " + acknowledged + ")", reply);
            }
        }
    }

    private void listRuns() {
        String cursor = null;
        for (int page = 0; page < 3; page++) {
            String path = "/v1/runs?limit=50" + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            Reply reply = answers.timed(Operation.LIST_RUNS_PAGE, "GET", path, null);
            if (!answers.expect(Operation.LIST_RUNS_PAGE, path, reply, 200)) {
                return;
            }
            JsonNode next = reply.json().path("next_cursor");
            if (next.isNull()) {
                return;
            }
            cursor = next.asText();
        }
    }

    private void auditByRun() {
        String runId = created.isEmpty() ? "none" : created.get(random.nextInt(created.size()));
        String path = "/v1/audit?run_id=" + runId + "&limit=100";
        answers.expect(Operation.AUDIT_BY_RUN, path, answers.timed(Operation.AUDIT_BY_RUN, "GET", path, null), 200);
    }

    private String stepStatus(String runId, String stepId) {
        for (JsonNode step : client.send("GET", "/v1/runs/" + runId + "/steps?limit=1000", null).json().path("items")) {
            if (step.path("step_id").asText().equals(stepId)) {
                return step.path("status").asText();
            }
        }
        return "absent";
    }
}
