/**
 * The CLI as a recorder: {@code run start|finish|show|list}, {@code step start|finish|list} and
 * {@code audit query [--follow]}. Each command reads its options into the domain's inputs (ids,
 * {@code NewRun}, {@code WireNames} for statuses, levels and label filters, the record format's parser
 * for JSON objects) before it opens the store, then calls the same use cases as the HTTP API's routes
 * ({@code RunRecorder}, {@code StepRecorder}, {@code AuditTrail}), so validation, the retry rule and
 * reason codes are the API's. {@code run start} opens the store for writing (creating a missing one at
 * the head schema, as {@code audit append} does); every other command opens it as it is and never
 * creates one.
 *
 * <ul>
 *   <li>{@link RunCommand}, {@link StepCommand}: the command groups; {@code audit query} is
 *       {@link AuditQueryCommand}, registered under {@code audit}.</li>
 *   <li>{@link RunStartCommand}, {@link RunFinishCommand}, {@link RunShowCommand},
 *       {@link RunListCommand}; {@link StepStartCommand} (the domain's retry-safe
 *       {@code StepRecorder.start}), {@link StepFinishCommand}, {@link StepListCommand}.</li>
 *   <li>{@link Inputs}: JSON-object options and {@code NAME=VALUE} pairs, refused as a request body
 *       would be ({@code malformed_json}, {@code validation_failed}).</li>
 *   <li>{@link RecordOutput}: text (one line per record, control characters escaped) or, with
 *       {@code --json}, the HTTP API's own views ({@code io.runledger.http.json}), one object per
 *       record; {@link Listing} prints a listing page by page, up to {@code --limit}, and stops when
 *       standard output is closed.</li>
 *   <li>{@link LiveTail}: {@code --follow}, polling the domain's {@code AuditTail}; it ends at the
 *       limit, on a closed standard output, or on SIGINT/SIGTERM (a shutdown hook waits for the poll in
 *       progress and the store to close). A backend whose open store locks out other processes
 *       ({@code StorageProvider.openStoreIsExclusive}, the JSON store) is opened for each poll only.</li>
 * </ul>
 */
package io.runledger.cli.recorder;
