package io.runledger.reliability.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** A store read back after a kill: its audit records by id, as {@code store export} printed them less their chain positions. */
record Readback(Map<String, JsonNode> auditEvents) {
}
