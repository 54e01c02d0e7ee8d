package org.homecare.contracts.problem;

import java.util.List;

/**
 * A rejection a use case raises on purpose; {@link ProblemMapper} turns it into problem details with its status,
 * code and reasons.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String code;
    private final List<Problem.FieldError> errors;
    private final List<String> reasons;

    public ApiProblem(int status, String title, String code, String detail, List<Problem.FieldError> errors,
            List<String> reasons) {
        super(detail);
        this.status = status;
        this.title = title;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.reasons = List.copyOf(reasons);
    }

    public static ApiProblem badRequest(String field, String message) {
        return new ApiProblem(400, "Invalid request", "VALIDATION_FAILED", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), List.of());
    }

    /** 404 for an object that does not exist or that the caller may not see: the two must look the same. */
    public static ApiProblem notFound(String what, Object id) {
        return new ApiProblem(404, "Not found", "NOT_FOUND", what + " " + id + " not found", List.of(), List.of());
    }

    public static ApiProblem conflict(String code, String detail) {
        return new ApiProblem(409, "Conflict", code, detail, List.of(), List.of());
    }

    public static ApiProblem unprocessable(String code, String detail, List<String> reasons) {
        return new ApiProblem(422, "Rejected", code, detail, List.of(), reasons);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String code() {
        return code;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public List<String> reasons() {
        return reasons;
    }
}
