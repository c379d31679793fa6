/**
 * The relational core shared by the SQL adapters (exported to them only): what assembles an open store.
 *
 * <ul>
 *   <li>{@code SqlStore}: an open store, the four ports over one {@code SqlSessions}, plus the
 *       resources (session factory, pools) it closes; it reports its HikariCP pools' state
 *       ({@code connectionPools()}) from their MXBeans.</li>
 *   <li>{@code LazySessionFactory}: a store's session factory, built by the first unit of work that
 *       opens a session, and closed with the store if it was built;</li>
 *   <li>{@code SessionFactories}: builds the Hibernate session factory over the entities, without
 *       persistence.xml, schema generation or JDBC metadata at boot.</li>
 * </ul>
 *
 * <p>The parts, each in its own package, dependencies pointing one way (entity ← jdbc ← ports ← this
 * package; errors below jdbc, ports and migration):
 * <ul>
 *   <li>{@code entity}: the Hibernate entities (opened to Hibernate, not exported);</li>
 *   <li>{@code jdbc}: one row mapping per table and the bulk paths in plain JDBC;</li>
 *   <li>{@code ports}: the port implementations and their units of work;</li>
 *   <li>{@code migration}: the Flyway runner, the shipped migration set and the migrate safety order;</li>
 *   <li>{@code errors}: driver failures translated into reason codes.</li>
 * </ul>
 */
package io.runledger.storage.sql;
