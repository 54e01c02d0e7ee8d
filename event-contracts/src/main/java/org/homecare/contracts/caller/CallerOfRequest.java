package org.homecare.contracts.caller;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The {@link Caller} of the current request, read once from the verified token. A provider user's token is put to
 * the service's {@link ProviderAdmission} here, so a provider the city never approved is refused once, not by each
 * endpoint; a service without one has nothing a provider may call and refuses every provider user.
 */
@RequestScoped
public class CallerOfRequest {

    private final JsonWebToken jwt;
    private final SecurityIdentity identity;
    private final Instance<ProviderAdmission> admission;
    private Caller caller;

    public CallerOfRequest(JsonWebToken jwt, SecurityIdentity identity, Instance<ProviderAdmission> admission) {
        this.jwt = jwt;
        this.identity = identity;
        this.admission = admission;
    }

    /** @throws org.homecare.contracts.problem.ApiProblem 403 for a provider user of no approved provider */
    public Caller get() {
        if (caller == null) {
            Caller resolved = read();
            if (resolved.restrictedToOwnProvider()) {
                admit(resolved);
            }
            caller = resolved;
        }
        return caller;
    }

    private void admit(Caller provider) {
        if (provider.providerCode().isEmpty()) {
            throw ProviderAdmission.unknown("the token carries no provider_code");
        }
        if (admission.isUnsatisfied()) {
            throw ProviderAdmission.unknown("this service serves no provider users");
        }
        admission.get().admit(provider);
    }

    private Caller read() {
        String name = Optional.ofNullable(jwt.<String> getClaim("preferred_username")).filter(n -> !n.isBlank())
                .or(() -> Optional.ofNullable(jwt.getSubject()))
                .orElse(identity.getPrincipal().getName());
        Optional<String> providerCode = Optional.ofNullable(jwt.<Object> getClaim("provider_code"))
                .map(Object::toString).map(String::trim).filter(code -> !code.isEmpty()).map(String::toUpperCase);
        return new Caller(name, identity.getRoles(), providerCode);
    }
}
