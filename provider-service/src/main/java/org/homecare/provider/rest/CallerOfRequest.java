package org.homecare.provider.rest;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.homecare.provider.service.Caller;

import io.quarkus.security.identity.SecurityIdentity;

/** The caller of the current request, read from the verified token. */
@RequestScoped
public class CallerOfRequest {

    private final SecurityIdentity identity;
    private final JsonWebToken jwt;

    public CallerOfRequest(SecurityIdentity identity, JsonWebToken jwt) {
        this.identity = identity;
        this.jwt = jwt;
    }

    public Caller get() {
        String name = Optional.ofNullable(jwt.<String> getClaim("preferred_username"))
                .or(() -> Optional.ofNullable(jwt.getSubject()))
                .orElse(identity.getPrincipal().getName());
        Optional<String> providerCode = Optional.ofNullable(jwt.<Object> getClaim("provider_code"))
                .map(Object::toString)
                .map(code -> code.trim().toUpperCase());
        return new Caller(name, Set.copyOf(identity.getRoles()), providerCode);
    }
}
