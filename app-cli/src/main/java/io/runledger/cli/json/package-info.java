/**
 * The {@code --json} output of the CLI: records that {@link JsonOutput} renders with Jackson as one
 * compact object, snake_case keys in declaration order (exported and opened to Jackson only). Scripts
 * read these keys, so a key is renamed or removed only as any other user-visible change is.
 *
 * <ul>
 *   <li>{@link DoctorView} ({@code doctor --json}) with one {@link CheckView} per check; {@code reason}
 *       (a reason code) only when the report is not ok.</li>
 *   <li>{@link StatusView} ({@code db status --json}) with one {@link MigrationView} per pending
 *       migration; the location with secrets hidden.</li>
 *   <li>{@link ChainView} ({@code audit verify --json}), printed however the command ends: the head, the count
 *       checked, the first break if any, the kept head's result, the matched archives, and the reason when not ok.
 *       {@link HeadView} ({@code audit head --json}): {@code seq}, {@code chain}, {@code ts}, as {@code GET /v1/audit/head}.</li>
 *   <li>{@link PruneView} ({@code audit prune --json}): what was pruned (or would be), into which
 *       archive, with its content hash.</li>
 * </ul>
 */
package io.runledger.cli.json;
