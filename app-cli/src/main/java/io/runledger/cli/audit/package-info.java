/**
 * {@code audit append}'s reading of standard input: JSON Lines in, batches of audit events out to the
 * domain's {@code AuditTrail}, which fills in ids and timestamps and applies the same retry rule for
 * client-supplied ids as {@code POST /v1/audit}.
 *
 * <ul>
 *   <li>{@link AuditAppender}: one event per line, blank lines ignored, each line parsed by the
 *       domain as the HTTP API parses an event. A batch is written when it reaches the batch size or
 *       when no more input is immediately available, so a slow producer's events are not held back;
 *       the caller sees a batch only after the store made it durable. A bad line (too long, not
 *       UTF-8, not an event) stops the append: the events before it are stored first, then the
 *       failure names the line. Lines longer than {@link AuditAppender#MAX_LINE_BYTES} are refused
 *       rather than buffered, so memory stays bounded whatever the input.</li>
 *   <li>{@link LineReader}: splits bytes into lines ({@code \n} or {@code \r\n}) holding at most one
 *       line in memory, and tells its owner just before it would block for more input.</li>
 *   <li>{@link AppendSummary}: how many events were stored, in how many batches.</li>
 * </ul>
 */
package io.runledger.cli.audit;
