package io.runledger.reliability.soak;

import java.util.function.Supplier;

/**
 * How a soak client judges an answer: which statuses acknowledge a write (allowing for a retry whose
 * first attempt was stored although its answer was lost), and the answer time of each request.
 * Anything else goes to the {@link Tally} with its body.
 */
final class Answers {
    private final LedgerClient client;
    private final Tally tally;
    private final Latencies latencies = new Latencies();

    Answers(LedgerClient client, Tally tally) {
        this.client = client;
        this.tally = tally;
    }

    Latencies latencies() {
        return latencies;
    }

    /** Sends the request and records its answer time under {@code operation}. */
    Reply timed(Operation operation, String method, String path, String body) {
        Reply reply = client.send(method, path, body);
        latencies.add(operation, reply.nanos());
        return reply;
    }

    /** POSTs a create: 201, or 200 when an unanswered earlier attempt had already stored it. */
    boolean created(Operation operation, String path, String body) {
        Reply reply = timed(operation, "POST", path, body);
        if (reply.status() == 200 && reply.retried()) {
            tally.foundStored();
            return true;
        }
        return expect(operation, path, reply, 201);
    }

    /** 200, or a 409 after a retry when the store already shows the target status (the first attempt took). */
    boolean applied(Operation operation, String path, Reply reply, Supplier<String> current, String target) {
        if (reply.status() == 409 && reply.retried() && reply.reason().equals("invalid_status_transition")
                && current.get().equals(target)) {
            tally.foundStored();
            return true;
        }
        return expect(operation, path, reply, 200);
    }

    /** Whether the answer has {@code status}; if not, the tally gets it. */
    boolean expect(Operation operation, String path, Reply reply, int status) {
        if (reply.status() == status) {
            return true;
        }
        tally.wrongAnswer(operation, path, reply);
        return false;
    }
}
