package org.homecare.eligibility.rest;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is calling: the name that goes into audit records and decisions, and whether they may see personal data. */
@RequestScoped
public class Caller {

    private final JsonWebToken jwt;
    private final SecurityIdentity identity;

    public Caller(JsonWebToken jwt, SecurityIdentity identity) {
        this.jwt = jwt;
        this.identity = identity;
    }

    public String name() {
        String username = jwt.getClaim("preferred_username");
        return username != null && !username.isBlank() ? username : jwt.getSubject();
    }

    /**
     * Only caseworkers and city-admins see identity numbers, phones and birth dates in clear
     * (docs/architecture.md, Security); the birth date goes with the number, which it would otherwise complete.
     */
    public boolean seesPersonalData() {
        return identity.hasRole("caseworker") || identity.hasRole("city-admin");
    }
}
