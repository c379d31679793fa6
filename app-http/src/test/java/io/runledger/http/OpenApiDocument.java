package io.runledger.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import io.runledger.testing.http.HttpReply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API's OpenAPI 3.1 document as a test oracle: for one live exchange it finds the operation by
 * method and path template, and checks that the status is documented for it, the content type is one
 * the document gives for that status, and the body validates against that schema. Schemas are checked
 * with networknt json-schema-validator in the OpenAPI 3.1 dialect (JSON Schema 2020-12), the document
 * itself being the schema resource, so every {@code $ref} resolves inside it.
 */
final class OpenApiDocument {
    private static final String IRI = "https://runledger.test/openapi.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    OpenApiDocument(byte[] text) {
        try {
            this.document = MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String json = new String(text, StandardCharsets.UTF_8);
        JsonMetaSchema dialect = OpenApi31.getInstance();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(IRI, json))));
    }

    JsonNode root() {
        return document;
    }

    /** Every documented operation, e.g. {@code GET /v1/runs/{run_id}}. */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (!method.equals("parameters")) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** The documented operation this exchange belongs to, e.g. {@code PATCH /v1/runs/{run_id}}. */
    Optional<String> operationOf(HttpReply response) {
        Iterator<String> templates = document.path("paths").fieldNames();
        while (templates.hasNext()) {
            String template = templates.next();
            String pattern = template.replaceAll("\\{[^}]+}", "[^/]+");
            if (response.path().matches(pattern)
                    && document.path("paths").path(template).has(response.method().toLowerCase(Locale.ROOT))) {
                return Optional.of(response.method() + " " + template);
            }
        }
        return Optional.empty();
    }

    /** What is wrong with this exchange against the document; empty when it conforms. */
    List<String> violations(HttpReply response) {
        List<String> found = new ArrayList<>();
        Optional<String> operation = operationOf(response);
        if (operation.isEmpty()) {
            return List.of("undocumented operation: " + response);
        }
        String template = operation.get().substring(operation.get().indexOf(' ') + 1);
        String operationPointer = "/paths/" + escape(template) + "/" + response.method().toLowerCase(Locale.ROOT);
        String responsePointer = operationPointer + "/responses/" + response.status();
        JsonNode documented = document.at(responsePointer);
        if (documented.isMissingNode()) {
            return List.of("status " + response.status() + " is not documented for " + operation.get() + ": " + response);
        }
        if (documented.has("$ref")) {
            responsePointer = documented.get("$ref").asText().substring(1);
            documented = document.at(responsePointer);
        }
        JsonNode content = documented.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (!response.body().isEmpty()) {
                found.add("a body was sent where none is documented: " + response);
            }
            return found;
        }
        if (!content.has(response.mediaType())) {
            return List.of("content type " + response.mediaType() + " is not documented for " + operation.get()
                    + " " + response.status() + ": " + response);
        }
        documented.path("headers").fieldNames().forEachRemaining(header -> {
            if (header.equalsIgnoreCase("WWW-Authenticate") && response.wwwAuthenticate().isEmpty()) {
                found.add("header WWW-Authenticate is documented but missing: " + response);
            }
        });
        if (!response.mediaType().endsWith("json")) {
            return found; // e.g. GET /metrics: text/plain, checked by a parser of its own format
        }
        String schemaPointer = responsePointer + "/content/" + escape(response.mediaType()) + "/schema";
        JsonSchema schema = schemas.computeIfAbsent(schemaPointer,
                pointer -> factory.getSchema(SchemaLocation.of(IRI + "#" + pointer), config));
        for (ValidationMessage message : schema.validate(response.json())) {
            found.add("body does not match " + schemaPointer + ": " + message.getMessage() + " in " + response);
        }
        return found;
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
