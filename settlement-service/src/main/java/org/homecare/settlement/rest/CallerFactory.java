package org.homecare.settlement.rest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.homecare.contracts.problem.ApiProblem;
import org.homecare.settlement.service.Caller;
import org.homecare.settlement.service.ProviderDirectory;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Turns the request's token into the {@link Caller} the use cases authorise and audit with. Every endpoint resolves
 * it, so a provider token of a provider the city never approved is refused here once (403 {@code PROVIDER_UNKNOWN}),
 * not by each endpoint.
 */
@RequestScoped
public class CallerFactory {

    private final JsonWebToken jwt;
    private final SecurityIdentity identity;
    private final ProviderDirectory directory;
    private Caller caller;

    public CallerFactory(JsonWebToken jwt, SecurityIdentity identity, ProviderDirectory directory) {
        this.jwt = jwt;
        this.identity = identity;
        this.directory = directory;
    }

    public Caller caller() {
        if (caller == null) {
            Caller resolved = read();
            if (resolved.is(Caller.PROVIDER) && !resolved.seesAll()) {
                admit(resolved);
            }
            caller = resolved;
        }
        return caller;
    }

    private Caller read() {
        String username = jwt.getClaim("preferred_username");
        String actor = username != null && !username.isBlank() ? username : jwt.getSubject();
        Object code = jwt.getClaim("provider_code");
        return new Caller(actor, Set.copyOf(identity.getRoles()),
                Optional.ofNullable(code).map(Object::toString).filter(c -> !c.isBlank()));
    }

    /** Settlement learns a provider from ProviderApproved only, so an unknown credit code was never approved. */
    private void admit(Caller provider) {
        if (provider.providerCode().isEmpty()) {
            throw forbidden("the token carries no provider_code");
        }
        if (directory.providerIdOf(provider.providerCode().get()).isEmpty()) {
            throw forbidden("no approved provider has this token's provider_code");
        }
    }

    private static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "Forbidden", "PROVIDER_UNKNOWN", detail, List.of(), List.of());
    }
}
