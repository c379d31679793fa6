package io.runledger.reliability.crash;

/** What one read-back found: acknowledged events (each present once) and unacknowledged ones present whole. */
record Found(long acknowledgedPresent, long unacknowledgedPresent) {
}
