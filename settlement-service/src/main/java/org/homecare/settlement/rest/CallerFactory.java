package org.homecare.settlement.rest;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.homecare.settlement.service.Caller;

import io.quarkus.security.identity.SecurityIdentity;

/** Turns the request's token into the {@link Caller} the use cases authorise and audit with. */
@RequestScoped
public class CallerFactory {

    private final JsonWebToken jwt;
    private final SecurityIdentity identity;

    public CallerFactory(JsonWebToken jwt, SecurityIdentity identity) {
        this.jwt = jwt;
        this.identity = identity;
    }

    public Caller caller() {
        String username = jwt.getClaim("preferred_username");
        String actor = username != null && !username.isBlank() ? username : jwt.getSubject();
        Object code = jwt.getClaim("provider_code");
        return new Caller(actor, Set.copyOf(identity.getRoles()),
                Optional.ofNullable(code).map(Object::toString).filter(c -> !c.isBlank()));
    }
}
