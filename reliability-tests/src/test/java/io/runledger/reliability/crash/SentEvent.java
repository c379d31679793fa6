package io.runledger.reliability.crash;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One audit event as the test sent it: its client-chosen id, the JSON it was sent as, and the record
 * an export must show for it if it is stored ({@code type:"audit"}, {@code run_id:null}, every field).
 */
record SentEvent(String eventId, ObjectNode body, ObjectNode expectedRecord) {
}
