package org.homecare.contracts.problem;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; the instance is the request path. */
public final class ProblemResponses {

    public static Response of(int status, String title, String detail, String path) {
        return of(status, title, detail, path, null, List.of(), List.of());
    }

    public static Response of(int status, String title, String detail, String path, String code,
            List<Problem.FieldError> errors, List<String> reasons) {
        Problem problem = new Problem(Problem.type(slug(status, code)), title, status, detail, path, code, errors,
                reasons);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static String titleOf(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status == 422 ? "Unprocessable Content" : "HTTP " + status;
    }

    private static String slug(int status, String code) {
        if (code != null) {
            return code.toLowerCase().replace('_', '-');
        }
        return switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "server-error" : "http-" + status;
        };
    }

    private ProblemResponses() {
    }
}
