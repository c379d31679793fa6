package io.runledger.reliability.hostile;

/**
 * Every operation of the HTTP API, as method and OpenAPI path template, with the role docs/HTTP.md
 * says it needs. {@link EndpointCoverageTest} holds this list equal to the served OpenAPI document,
 * so an endpoint added there without being added here (and so without being fuzzed) fails the build.
 */
public enum Endpoint {
    HEALTH("GET", "/health", Role.NONE),
    LIVEZ("GET", "/livez", Role.NONE),
    READYZ("GET", "/readyz", Role.NONE),
    METRICS("GET", "/metrics", Role.READ),
    OPENAPI("GET", "/openapi.json", Role.NONE),
    CREATE_RUN("POST", "/v1/runs", Role.WRITE),
    LIST_RUNS("GET", "/v1/runs", Role.READ),
    RUN_STATS("GET", "/v1/runs/stats", Role.READ),
    GET_RUN("GET", "/v1/runs/{run_id}", Role.READ),
    FINISH_RUN("PATCH", "/v1/runs/{run_id}", Role.WRITE),
    ADD_STEP("POST", "/v1/runs/{run_id}/steps", Role.WRITE),
    LIST_STEPS("GET", "/v1/runs/{run_id}/steps", Role.READ),
    MOVE_STEP("PATCH", "/v1/runs/{run_id}/steps/{step_id}", Role.WRITE),
    APPEND_AUDIT("POST", "/v1/audit", Role.WRITE),
    LIST_AUDIT("GET", "/v1/audit", Role.READ),
    AUDIT_HEAD("GET", "/v1/audit/head", Role.READ),
    STORE("GET", "/v1/store", Role.READ),
    STORE_CHECK("GET", "/v1/store/check", Role.ADMIN);

    /**
     * The role an operation needs, from docs/HTTP.md: none for the probes, read for GET on /v1 and for
     * /metrics (unless made public), write for POST and PATCH, admin for the deep store check.
     */
    public enum Role {
        NONE, READ, WRITE, ADMIN
    }

    private final String method;
    private final String template;
    private final Role role;

    Endpoint(String method, String template, Role role) {
        this.method = method;
        this.template = template;
        this.role = role;
    }

    public String method() {
        return method;
    }

    public String template() {
        return template;
    }

    /** The role the doc's rule gives: no token for /health and /openapi.json, read for GET, write otherwise, admin for the deep check. */
    public Role role() {
        return role;
    }

    /** The path with these (already encoded) ids in place of {@code {run_id}} and {@code {step_id}}. */
    public String path(String runId, String stepId) {
        return template.replace("{run_id}", runId).replace("{step_id}", stepId);
    }

    /** Whether the operation reads a JSON request body. */
    public boolean hasBody() {
        return !method.equals("GET");
    }
}
