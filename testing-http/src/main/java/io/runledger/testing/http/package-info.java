/**
 * The HTTP clients of the test suites that talk to a live server.
 *
 * <ul>
 *   <li>{@link io.runledger.testing.http.TestHttpClient}: java.net.http requests to one server; tokens,
 *       headers, raw body bytes, timeouts and an answer observer are options of the client.</li>
 *   <li>{@link io.runledger.testing.http.HttpReply}: one answer as a value (status, headers, body, JSON).</li>
 *   <li>{@link io.runledger.testing.http.RawHttp}: a plain-socket client for what java.net.http will not send
 *       (bad targets, lying headers, any {@code Host}); {@link io.runledger.testing.http.RawRequest} is the
 *       request byte for byte, {@link io.runledger.testing.http.RawReply} the answer.</li>
 * </ul>
 */
package io.runledger.testing.http;
