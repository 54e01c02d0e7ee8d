package org.homecare.contracts.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the body of every 4xx and 5xx answer. {@code errors} lists field validation failures,
 * {@code code} names a domain rejection and {@code reasons} its individual reason codes.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, String code,
        List<FieldError> errors, List<String> reasons) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://homecare.example/problems/";

    public record FieldError(String field, String message) {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }
}
