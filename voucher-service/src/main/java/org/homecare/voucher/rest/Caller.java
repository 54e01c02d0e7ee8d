package org.homecare.voucher.rest;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.voucher.service.ProviderDirectory;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the name for audit records and, for a provider token, the provider it stands for. */
@RequestScoped
public class Caller {

    static final String PROVIDER = "provider";

    private final SecurityIdentity identity;
    private final JsonWebToken jwt;
    private final ProviderDirectory directory;

    public Caller(SecurityIdentity identity, JsonWebToken jwt, ProviderDirectory directory) {
        this.identity = identity;
        this.jwt = jwt;
        this.directory = directory;
    }

    public String name() {
        String username = jwt.getClaim("preferred_username");
        return username != null ? username : jwt.getSubject();
    }

    public boolean isProvider() {
        return identity.hasRole(PROVIDER);
    }

    /**
     * The provider id behind a provider token: from the token's provider_code, never from the request. A provider
     * voucher-service has not seen approved may not act.
     */
    public UUID providerId() {
        String code = jwt.getClaim("provider_code");
        if (code == null || code.isBlank()) {
            throw forbidden("the token carries no provider_code");
        }
        return directory.providerIdOf(code).orElseThrow(() -> forbidden("no approved provider has this token's "
                + "provider_code"));
    }

    /** The provider to restrict reads to, or empty for a role that reads everything. */
    public Optional<UUID> readScope() {
        return isProvider() ? Optional.of(providerId()) : Optional.empty();
    }

    private static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "Forbidden", "PROVIDER_UNKNOWN", detail, List.of(), List.of());
    }
}
