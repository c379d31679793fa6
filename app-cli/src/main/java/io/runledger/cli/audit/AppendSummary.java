package io.runledger.cli.audit;

/** What {@code audit append} stored: how many events, in how many batches. */
public record AppendSummary(long events, long batches) {
}
