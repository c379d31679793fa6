/**
 * The one HTTP client of the test suites that talk to a live server.
 *
 * <ul>
 *   <li>{@link io.runledger.testing.http.TestHttpClient}: java.net.http requests to one server; tokens,
 *       headers, raw body bytes, timeouts and an answer observer are options of the client.</li>
 *   <li>{@link io.runledger.testing.http.HttpReply}: one answer as a value (status, headers, body, JSON).</li>
 * </ul>
 */
package io.runledger.testing.http;
