package org.homecare.contracts.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.homecare.contracts.clock.ClockMovedBackwardsException;
import org.homecare.contracts.web.UnstorableTextException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Every exception that leaves a resource becomes RFC 9457 problem details, never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem problem, UriInfo uri) {
        return ProblemResponses.of(problem.status(), problem.title(), problem.getMessage(), uri.getPath(),
                problem.code(), problem.errors(), problem.reasons());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        // Quarkus REST wraps the body's parse errors (syntax, a repeated key) in a plain 400
        if (exception.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, uri);
        }
        if (exception.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(exception, uri);
        }
        String detail = switch (status) {
            case 404 -> "no resource at " + uri.getPath();
            case 405 -> "method not allowed on " + uri.getPath();
            case 415 -> "unsupported media type; send application/json";
            case 406 -> "cannot produce the requested media type";
            default -> exception.getMessage();
        };
        Response response = ProblemResponses.of(status, ProblemResponses.titleOf(status), detail, uri.getPath());
        String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? response : Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException exception, UriInfo uri) {
        List<Problem.FieldError> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return ProblemResponses.of(400, "Invalid request", "the request has " + errors.size() + " invalid field(s)",
                uri.getPath(), "VALIDATION_FAILED", errors, List.of());
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException exception, UriInfo uri) {
        String field = pathOf(exception);
        return invalidBody("unknown field '" + field + "'", field, "unknown field", uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException exception, UriInfo uri) {
        String field = pathOf(exception);
        String message = "cannot read " + quoted(exception.getValue()) + " as "
                + exception.getTargetType().getSimpleName();
        return invalidBody(field + ": " + message, field, message, uri);
    }

    @ServerExceptionMapper
    public Response unstorableText(UnstorableTextException exception, UriInfo uri) {
        String field = pathOf(exception);
        return invalidBody(field + ": " + exception.getOriginalMessage(), field, exception.getOriginalMessage(), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException exception, UriInfo uri) {
        String field = pathOf(exception);
        if (field.isEmpty()) {
            return invalidBody("the body is missing or is not the expected JSON object", "body", "expected an object",
                    uri);
        }
        String message = "wrong type, expected "
                + (exception.getTargetType() == null ? "another type" : exception.getTargetType().getSimpleName());
        return invalidBody(field + ": " + message, field, message, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException exception, UriInfo uri) {
        String field = pathOf(exception);
        String message = rootMessage(exception);
        return invalidBody((field.isEmpty() ? "" : field + ": ") + message, field.isEmpty() ? "body" : field, message,
                uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException exception, UriInfo uri) {
        String duplicate = DuplicateKey.pathOf(exception);
        if (duplicate != null) {
            return ProblemResponses.of(400, "Malformed JSON", "the key '" + duplicate + "' appears more than once",
                    uri.getPath(), "MALFORMED_JSON",
                    List.of(new Problem.FieldError(duplicate, "appears more than once")), List.of());
        }
        return ProblemResponses.of(400, "Malformed JSON", "the body is not valid JSON: " + exception.getOriginalMessage(),
                uri.getPath(), "MALFORMED_JSON", List.of(), List.of());
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException exception, UriInfo uri) {
        return ProblemResponses.of(400, "Malformed JSON", "the body cannot be read: " + exception.getOriginalMessage(),
                uri.getPath(), "MALFORMED_JSON", List.of(), List.of());
    }

    @ServerExceptionMapper
    public Response clockBackwards(ClockMovedBackwardsException exception, UriInfo uri) {
        return ProblemResponses.of(409, "Conflict", exception.getMessage(), uri.getPath(), "CLOCK_MOVED_BACKWARDS",
                List.of(), List.of());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException exception, UriInfo uri) {
        return Response.fromResponse(ProblemResponses.of(401, "Unauthorized",
                "a valid bearer token from realm homecare is required", uri.getPath()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"homecare\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException exception, UriInfo uri) {
        return ProblemResponses.of(403, "Forbidden", "your role may not use this endpoint", uri.getPath());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception exception, UriInfo uri) {
        if (DatabaseUnavailable.isCauseOf(exception)) {
            return databaseUnavailable(exception, uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(exception, "unexpected error, incident %s on %s", incident, uri.getPath());
        return ProblemResponses.of(500, "Internal Server Error",
                "an unexpected error occurred; incident " + incident + " is logged", uri.getPath());
    }

    private static Response databaseUnavailable(Exception exception, UriInfo uri) {
        // the class only: the request is safe to repeat, and the pool logs the connection failure itself
        LOG.warnf("database unreachable on %s (%s); answered 503", uri.getPath(), exception.getClass().getName());
        return Response.fromResponse(ProblemResponses.of(503, "Service Unavailable",
                "the service cannot reach its database; try again later", uri.getPath(),
                "DATABASE_UNAVAILABLE", List.of(), List.of()))
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
    }

    private static Response invalidBody(String detail, String field, String message, UriInfo uri) {
        return ProblemResponses.of(400, "Invalid request", detail, uri.getPath(), "VALIDATION_FAILED",
                List.of(new Problem.FieldError(field, message)), List.of());
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "create.request.name" -> "name": drop the method and the parameter name of a resource method
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException exception) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                parts.add(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                int last = parts.size() - 1;
                String indexed = (last >= 0 ? parts.remove(last) : "") + "[" + reference.getIndex() + "]";
                parts.add(indexed);
            }
        }
        return String.join(".", parts);
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root instanceof JsonProcessingException json ? json.getOriginalMessage() : root.getMessage();
    }

    private static String quoted(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }
}
