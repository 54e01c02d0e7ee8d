package org.homecare.provider.rest;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.homecare.provider.service.Caller;
import org.homecare.provider.service.ProviderAccess;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The caller of the current request, read from the verified token. Every endpoint a provider may call resolves it,
 * so a provider token the city never approved is refused here, once, and not by each endpoint.
 */
@RequestScoped
public class CallerOfRequest {

    private final SecurityIdentity identity;
    private final JsonWebToken jwt;
    private final ProviderAccess access;
    private Caller caller;

    public CallerOfRequest(SecurityIdentity identity, JsonWebToken jwt, ProviderAccess access) {
        this.identity = identity;
        this.jwt = jwt;
        this.access = access;
    }

    /** @throws org.homecare.contracts.problem.ApiProblem 403 for a provider token of no approved provider */
    public Caller get() {
        if (caller == null) {
            Caller resolved = read();
            access.admit(resolved);
            caller = resolved;
        }
        return caller;
    }

    private Caller read() {
        String name = Optional.ofNullable(jwt.<String> getClaim("preferred_username"))
                .or(() -> Optional.ofNullable(jwt.getSubject()))
                .orElse(identity.getPrincipal().getName());
        Optional<String> providerCode = Optional.ofNullable(jwt.<Object> getClaim("provider_code"))
                .map(Object::toString)
                .map(code -> code.trim().toUpperCase());
        return new Caller(name, Set.copyOf(identity.getRoles()), providerCode);
    }
}
