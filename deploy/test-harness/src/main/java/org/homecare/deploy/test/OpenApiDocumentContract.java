package org.homecare.deploy.test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a third party needs to generate a client from a service's OpenAPI document ({@code /q/openapi}), checked on
 * the document the running service serves. A service's test class extends it and names the operations that create
 * (answer 201).
 */
public abstract class OpenApiDocumentContract {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private JsonNode document;

    /** The operationIds of the operations that create something and answer 201. */
    protected abstract Set<String> creatingOperations();

    @BeforeEach
    void loadDocument() throws Exception {
        String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        document = new ObjectMapper().readTree(json);
    }

    @Test
    void every_operation_has_a_unique_operation_id() {
        Map<String, List<String>> byId = new HashMap<>();
        List<String> missing = new ArrayList<>();
        forEachOperation((where, operation) -> {
            String id = operation.path("operationId").asText("");
            if (id.isBlank()) {
                missing.add(where);
            } else {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
            }
        });
        assertThat(missing).as("operations without an operationId").isEmpty();
        assertThat(byId).as("operationIds used more than once")
                .allSatisfy((id, operations) -> assertThat(operations).as(id).hasSize(1));
    }

    @Test
    void every_create_answers_201_with_its_schema() {
        Set<String> documented = new TreeSet<>();
        forEachOperation((where, operation) -> {
            JsonNode created = operation.path("responses").path("201");
            if (!created.isMissingNode()) {
                assertThat(where).as("201 on an operation that is not a POST").startsWith("post ");
                assertThat(schemaOf(created, "application/json")).as(where + " 201 schema").isNotEmpty();
                documented.add(operation.path("operationId").asText());
            }
        });
        assertThat(documented).as("operations documented as answering 201").isEqualTo(creatingOperations());
    }

    @Test
    void every_success_answer_has_a_schema() {
        forEachOperation((where, operation) -> operation.path("responses").fields().forEachRemaining(response -> {
            if (response.getKey().startsWith("2") && !response.getKey().equals("204")) {
                JsonNode content = response.getValue().path("content");
                assertThat(content.isEmpty()).as(where + " " + response.getKey() + " has no content").isFalse();
                content.fields().forEachRemaining(media -> assertThat(media.getValue().path("schema"))
                        .as(where + " " + response.getKey() + " " + media.getKey() + " schema").isNotEmpty());
            }
        }));
    }

    @Test
    void every_error_answer_is_problem_json() {
        forEachOperation((where, operation) -> {
            JsonNode responses = operation.path("responses");
            assertThat(responses.has("500")).as(where + " documents 500").isTrue();
            responses.fields().forEachRemaining(response -> {
                String status = response.getKey();
                if (status.startsWith("4") || status.startsWith("5") || status.equals("default")) {
                    JsonNode content = response.getValue().path("content");
                    assertThat(fieldNames(content)).as(where + " " + status + " media types")
                            .containsExactly(PROBLEM_JSON);
                    assertThat(content.path(PROBLEM_JSON).path("schema").path("$ref").asText())
                            .as(where + " " + status + " schema").isEqualTo(PROBLEM_REF);
                }
            });
        });
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(fieldNames(schemas.path("Problem").path("properties")))
                .contains("type", "title", "status", "detail", "instance", "code", "errors");
        assertThat(schemas.path("Problem").path("properties").path("errors").path("items").path("$ref").asText())
                .isEqualTo("#/components/schemas/FieldError");
        assertThat(fieldNames(schemas.path("FieldError").path("properties"))).contains("field", "message");
    }

    @Test
    void operations_use_a_bearer_scheme_and_name_their_roles() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        List<String> bearer = new ArrayList<>();
        schemes.fields().forEachRemaining(scheme -> {
            assertThat(scheme.getValue().path("type").asText()).as("scheme " + scheme.getKey()).isEqualTo("http");
            if (scheme.getValue().path("scheme").asText().equalsIgnoreCase("bearer")) {
                assertThat(scheme.getValue().path("bearerFormat").asText()).isEqualTo("JWT");
                bearer.add(scheme.getKey());
            }
        });
        assertThat(bearer).as("bearer schemes").hasSize(1);
        forEachOperation((where, operation) -> {
            JsonNode security = operation.path("security");
            assertThat(security.size()).as(where + " security requirements").isEqualTo(1);
            JsonNode requirement = security.get(0);
            assertThat(fieldNames(requirement)).as(where + " scheme").containsExactly(bearer.get(0));
            assertThat(requirement.path(bearer.get(0)).isEmpty()).as(where + ": roles are no scopes").isTrue();
            List<String> roles = new ArrayList<>();
            operation.path("x-roles").forEach(role -> roles.add(role.asText()));
            assertThat(roles).as(where + " x-roles").isNotEmpty();
            assertThat(operation.path("description").asText()).as(where + " description")
                    .contains("Roles allowed: " + String.join(", ", roles));
        });
    }

    @Test
    void servers_are_declared() {
        assertThat(document.path("servers").size()).isPositive();
        document.path("servers").forEach(server -> assertThat(server.path("url").asText()).startsWith("http"));
    }

    @Test
    void no_media_type_has_a_quality_parameter() {
        List<String> mediaTypes = new ArrayList<>();
        collectMediaTypes(document, mediaTypes);
        assertThat(mediaTypes).isNotEmpty().noneMatch(type -> type.contains("qs="));
    }

    @Test
    void every_pattern_is_anchored() {
        Map<String, String> patterns = new HashMap<>();
        collectPatterns(document, "", patterns);
        assertThat(patterns).isNotEmpty().allSatisfy((where, pattern) -> assertThat(pattern).as(where)
                .startsWith("^").endsWith("$"));
    }

    @Test
    void arrays_have_items_and_no_schema_describes_a_jackson_tree() {
        List<String> arraysWithoutItems = new ArrayList<>();
        collectArraysWithoutItems(document, "", arraysWithoutItems);
        assertThat(arraysWithoutItems).isEmpty();
        assertThat(fieldNames(document.path("components").path("schemas"))).doesNotContain("JsonNode",
                "JsonNodeType");
    }

    private void forEachOperation(BiConsumer<String, JsonNode> check) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                check.accept(method.getKey() + " " + path.getKey(), method.getValue());
            }
        }));
    }

    private static JsonNode schemaOf(JsonNode response, String mediaType) {
        return response.path("content").path(mediaType).path("schema");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static void collectMediaTypes(JsonNode node, List<String> into) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().equals("content") && field.getValue().isObject()) {
                    into.addAll(fieldNames(field.getValue()));
                }
                collectMediaTypes(field.getValue(), into);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collectMediaTypes(element, into));
        }
    }

    /** A "pattern" keyword is a string; a property named "pattern" is an object under "properties". */
    private static void collectPatterns(JsonNode node, String where, Map<String, String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("pattern") && field.getValue().isTextual()) {
                    into.put(where, field.getValue().asText());
                } else {
                    collectPatterns(field.getValue(), where + "/" + field.getKey(), into);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPatterns(node.get(i), where + "/" + i, into);
            }
        }
    }

    private static void collectArraysWithoutItems(JsonNode node, String where, List<String> into) {
        if (node.isObject()) {
            JsonNode type = node.path("type");
            boolean array = type.asText().equals("array")
                    || (type.isArray() && type.toString().contains("\"array\""));
            if (array && !node.has("items")) {
                into.add(where);
            }
            node.fields().forEachRemaining(field -> collectArraysWithoutItems(field.getValue(),
                    where + "/" + field.getKey(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectArraysWithoutItems(node.get(i), where + "/" + i, into);
            }
        }
    }
}
