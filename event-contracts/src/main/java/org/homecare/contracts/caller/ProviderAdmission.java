package org.homecare.contracts.caller;

import java.util.List;

import org.homecare.contracts.problem.ApiProblem;

/**
 * A service's answer to a provider user's token: refuses one whose provider the service does not know as approved,
 * with 403 {@code PROVIDER_UNKNOWN} (or {@code PROVIDER_NOT_ACTIVE}). {@link CallerOfRequest} asks it once per request.
 */
public interface ProviderAdmission {

    /** @throws ApiProblem 403 when the caller's provider may not act or read here */
    void admit(Caller provider);

    static ApiProblem unknown(String detail) {
        return new ApiProblem(403, "Forbidden", "PROVIDER_UNKNOWN", detail, List.of(), List.of());
    }

    static ApiProblem notActive(String detail) {
        return new ApiProblem(403, "Forbidden", "PROVIDER_NOT_ACTIVE", detail, List.of(), List.of());
    }
}
