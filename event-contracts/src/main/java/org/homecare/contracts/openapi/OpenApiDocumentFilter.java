package org.homecare.contracts.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.homecare.contracts.problem.Problem;

/**
 * Completes each service's OpenAPI document with what every endpoint shares, so a third party can generate a client
 * from it: the problem details schema on every 4xx/5xx answer (RFC 9457, as {@code ProblemMappers} writes them), the
 * error answers the shared plumbing gives every operation (token, role, validation, body size, unknown id, write
 * rate, database outage), the roles an operation allows, anchored patterns and plain media types. Each service
 * registers it with {@code mp.openapi.filter}; what is particular to an operation (its success status and schema, its
 * 409 and 422) is annotated on the resource method.
 */
public class OpenApiDocumentFilter implements OASFilter {

    /** The name each service gives its bearer scheme ({@code quarkus.smallrye-openapi.security-scheme-name}). */
    public static final String SECURITY_SCHEME = "bearer";
    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String FIELD_ERROR_SCHEMA = "FieldError";
    public static final String ROLES_EXTENSION = "x-roles";

    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    private static final Set<PathItem.HttpMethod> WRITES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);
    /** What Quarkus' auto-added 400, 401 and 403 answers say. */
    private static final Set<String> GENERIC_DESCRIPTIONS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getPattern() != null) {
            schema.setPattern(AnchoredPattern.of(schema.getPattern()));
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemSchemas(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                item.getOperations().forEach((method, operation) -> complete(item, method, operation));
            }
        }
        declareUsedTags(openAPI);
    }

    private static void complete(PathItem item, PathItem.HttpMethod method, Operation operation) {
        List<String> roles = rolesOf(operation);
        if (!roles.isEmpty()) {
            // OAS 3.1 lets a bearer requirement list role names, but linters and client generators read that list as
            // OAuth2 scopes: the roles go into x-roles and the description, the requirement names the scheme only
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME)));
            operation.addExtension(ROLES_EXTENSION, roles);
            String allowed = "Roles allowed: " + String.join(", ", roles) + ".";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? allowed
                    : description.strip() + "\n\n" + allowed);
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean body = operation.getRequestBody() != null;
        if (body || hasParameters(item, operation)) {
            addIfAbsent(responses, "400", "The request is malformed or invalid: unreadable JSON, an unknown or "
                    + "mistyped field, a missing or invalid value (errors lists each field)");
        }
        if (!roles.isEmpty()) {
            addIfAbsent(responses, "401", "No valid bearer token from realm homecare");
            addIfAbsent(responses, "403", "The token's role may not use this operation");
        }
        if (hasPathParameters(item, operation)) {
            addIfAbsent(responses, "404", "No such object, or one the caller may not see");
        }
        if (body) {
            addIfAbsent(responses, "413", "The body is larger than 1 MiB");
            addIfAbsent(responses, "415", "The body's media type is not one the operation reads (JSON)");
        }
        if (!roles.isEmpty() && WRITES.contains(method)) {
            addIfAbsent(responses, "429", "More writes a second than the caller may send (WriteRateLimit); "
                    + "Retry-After says when to send again");
        }
        addIfAbsent(responses, "500", "An unexpected error; the detail names the incident the service logged");
        addIfAbsent(responses, "503", "The service cannot reach its database; nothing was changed, send again after "
                + "Retry-After");
        responses.getAPIResponses().forEach(OpenApiDocumentFilter::completeResponse);
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().setContent(withoutQualityParameters(operation.getRequestBody().getContent()));
        }
    }

    private static void completeResponse(String status, APIResponse response) {
        if (status.startsWith("4") || status.startsWith("5") || status.equals(APIResponses.DEFAULT)) {
            response.setContent(problemContent());
            if (status.equals("429") || status.equals("503")) {
                response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
            if (status.equals("401")) {
                response.addHeader("WWW-Authenticate", OASFactory.createHeader()
                        .description("Bearer realm=\"homecare\"")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        } else {
            response.setContent(withoutQualityParameters(response.getContent()));
        }
    }

    /** The roles of the operation's {@code @RolesAllowed}, which Quarkus puts into its security requirement. */
    private static List<String> rolesOf(Operation operation) {
        Set<String> roles = new LinkedHashSet<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().values().forEach(list -> {
                        if (list != null) {
                            roles.addAll(list);
                        }
                    });
                }
            }
        }
        return List.copyOf(roles);
    }

    private static boolean hasParameters(PathItem item, Operation operation) {
        return !parameters(item, operation).isEmpty();
    }

    private static boolean hasPathParameters(PathItem item, Operation operation) {
        return parameters(item, operation).stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    /** Adds the answer, or describes it where Quarkus added it with a generic phrase only. */
    private static void addIfAbsent(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        } else if (existing.getDescription() == null || GENERIC_DESCRIPTIONS.contains(existing.getDescription())) {
            existing.setDescription(description);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    /**
     * {@code text/csv;qs=0.5} makes JAX-RS prefer JSON for a client that accepts anything; the quality is a server-side
     * preference, not part of the media type a client sends or receives.
     */
    private static Content withoutQualityParameters(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return content;
        }
        Map<String, org.eclipse.microprofile.openapi.models.media.MediaType> plain = new LinkedHashMap<>();
        content.getMediaTypes().forEach((type, media) -> plain.put(MediaTypes.withoutQuality(type), media));
        content.setMediaTypes(plain);
        return content;
    }

    private static void addProblemSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(FIELD_ERROR_SCHEMA, OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One invalid field of the request")
                .addRequired("field").addRequired("message")
                .addProperty("field", text("The field's path in the body, e.g. logs[3].units, or the parameter"))
                .addProperty("message", text("What is wrong with it")));
        openAPI.getComponents().addSchema(PROBLEM_SCHEMA, OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, the body of every 4xx and 5xx answer")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", text("A URI naming the kind of problem").format("uri"))
                .addProperty("title", text("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                        .format("int32").minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)).description("The HTTP status"))
                .addProperty("detail", text("What went wrong with this request"))
                .addProperty("instance", text("The request path").format("uri-reference"))
                .addProperty("code", text("The rejection's code, e.g. VALIDATION_FAILED or CREDIT_CODE_TAKEN"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("The invalid fields of a validation failure")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR_SCHEMA)))
                .addProperty("reasons", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("The reason codes of a domain rejection")
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.STRING))));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    /** Every tag an operation uses is declared, the annotated ones (with their descriptions) first. */
    private static void declareUsedTags(OpenAPI openAPI) {
        Set<String> declared = new LinkedHashSet<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(tag -> declared.add(tag.getName()));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getTags() == null) {
                    continue;
                }
                for (String name : operation.getTags()) {
                    if (declared.add(name)) {
                        Tag tag = OASFactory.createTag().name(name);
                        openAPI.addTag(tag);
                    }
                }
            }
        }
    }
}
