/**
 * The HTTP API of Runledger on Javalin: runs, steps and the audit log under {@code /v1}, a health
 * endpoint, the probes {@code /livez} and {@code /readyz}, Prometheus metrics at {@code /metrics},
 * request ids and an access log, bearer-token roles, RFC 9457 problem responses and the OpenAPI document. Exported only to
 * the CLI, whose {@code serve} command starts it.
 */
module io.runledger.http {
    requires transitive io.runledger.bootstrap;
    requires io.javalin;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.annotation;
    requires org.slf4j;
    requires micrometer.core;
    requires micrometer.registry.prometheus;

    exports io.runledger.http to io.runledger.cli;
    // Jackson writes the response views from their record accessors; the CLI prints the same views
    // for --json, so a record looks alike on both.
    exports io.runledger.http.json to com.fasterxml.jackson.databind, io.runledger.cli;
    opens io.runledger.http.json to com.fasterxml.jackson.databind;
}
