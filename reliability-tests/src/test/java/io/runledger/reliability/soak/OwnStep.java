package io.runledger.reliability.soak;

/** A step of an {@link OwnRun} and the status its last acknowledged transition gave it. */
final class OwnStep {
    final String id;
    String status;

    OwnStep(String id, String status) {
        this.id = id;
        this.status = status;
    }

    static boolean terminal(String status) {
        return !status.equals("pending") && !status.equals("running");
    }
}
