package io.runledger.reliability.hostile;

/**
 * What one fuzz try works on: a fresh run and pending step of its own (so a PATCH is valid exactly
 * once and a refused audit batch can be looked for under its run), a unique id stem and a cursor the
 * server handed out (empty: none).
 */
public record TryContext(String runId, String stepId, String unique, String cursor) {
}
