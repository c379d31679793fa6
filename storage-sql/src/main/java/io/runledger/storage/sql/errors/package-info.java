/**
 * What a driver, Hibernate or Flyway throws, as a {@code StoreException} with a reason code: nothing
 * from a driver leaks through a port.
 *
 * <ul>
 *   <li>{@code SqlErrorTranslator} translates and tells which failures a write may retry, using each
 *       dialect's {@code SqlDialectErrors} to classify its driver's codes into a {@code SqlFailure}.</li>
 *   <li>{@code CallerFailure} carries a failure of the caller's own code (an export sink, an import
 *       source) through a unit of work, so that it is rethrown unchanged, not translated.</li>
 * </ul>
 *
 * Exported to the SQL adapters, which supply their dialect's errors.
 */
package io.runledger.storage.sql.errors;
