package io.runledger.reliability.disk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/**
 * The HTTP half of the full-disk test, against one running serve: appends until the disk refuses
 * (every 201 counted as acknowledged), checks the refusal and that reads still answer, then gives the
 * space back and appends again through the same process.
 */
final class FullDiskServer {
    /** Most 20-event requests before the 4 MiB disk must have filled (10,000 events, about 11 MB). */
    private static final int MAX_REQUESTS = 500;

    /** What the run saw: 201s in all, 201s after space returned, and refusals. */
    record Outcome(int created, int createdAfter, int refusals) {
    }

    private final Disk disk;
    private final AuditHttp http;
    private final DiskEvents events;
    private final List<String> acknowledged;
    private int created;

    FullDiskServer(Disk disk, AuditHttp http, DiskEvents events, List<String> acknowledged) {
        this.disk = disk;
        this.http = http;
        this.events = events;
        this.acknowledged = acknowledged;
    }

    Outcome run() {
        appendExpectingCreated(events.batch(10));
        disk.fill();
        String refusedBody = appendUntilRefused();
        assertEquals(sorted(acknowledged), sorted(http.allIds()), "GET /v1/audit while the disk is full");
        assertStorageFull(http.append(refusedBody), "the same batch again, disk still full");

        disk.release();
        int before = created;
        appendExpectingCreated(refusedBody);
        appendExpectingCreated(events.batch(20));
        assertEquals(sorted(acknowledged), sorted(http.allIds()), "GET /v1/audit after space returned");
        return new Outcome(created, created - before, 2);
    }

    /** Appends 20-event batches until one is refused; returns the refused body. */
    private String appendUntilRefused() {
        for (int request = 0; request < MAX_REQUESTS; request++) {
            String body = events.batch(20);
            AuditHttp.Answer answer = http.append(body);
            if (answer.status() != 201) {
                assertStorageFull(answer, "the first refused append");
                return body;
            }
            acknowledged.addAll(answer.storedIds());
            created++;
        }
        throw new AssertionError(MAX_REQUESTS + " batches were all stored: the disk never filled up");
    }

    private void appendExpectingCreated(String body) {
        AuditHttp.Answer answer = http.append(body);
        assertEquals(201, answer.status(), answer.body());
        acknowledged.addAll(answer.storedIds());
        created++;
    }

    private static void assertStorageFull(AuditHttp.Answer answer, String what) {
        assertEquals(507, answer.status(), what + ": " + answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), what + ": " + answer.contentType());
        assertEquals("storage_full", answer.json().path("reason").asText(), what + ": " + answer.body());
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
