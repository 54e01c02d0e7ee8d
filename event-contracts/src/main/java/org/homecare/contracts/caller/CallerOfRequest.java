package org.homecare.contracts.caller;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The {@link Caller} of the current request, read once from the verified token. A provider user's token is put to
 * the service's {@link ProviderAdmission} here, so a provider the city never approved is refused once, not by each
 * endpoint; a service without one has nothing a provider may call and refuses every provider user.
 */
@RequestScoped
public class CallerOfRequest {

    static final String DISTRICT_CODES = "district_codes";
    private static final Pattern AREA_CODE = Pattern.compile("[0-9]{6}");

    private final JsonWebToken jwt;
    private final SecurityIdentity identity;
    private final Instance<ProviderAdmission> admission;
    private Caller caller;
    private boolean admitted;

    public CallerOfRequest(JsonWebToken jwt, SecurityIdentity identity, Instance<ProviderAdmission> admission) {
        this.jwt = jwt;
        this.identity = identity;
        this.admission = admission;
    }

    /**
     * @throws org.homecare.contracts.problem.ApiProblem 403 for a provider user of no approved provider, and for a
     *             caseworker whose token names no district
     */
    public Caller get() {
        Caller resolved = fromToken();
        if (!admitted) {
            if (resolved.restrictedToOwnProvider()) {
                admit(resolved);
            }
            admitted = true;
        }
        return resolved;
    }

    /** The caller as its token names it, before any provider admission: what a request filter may check. */
    Caller fromToken() {
        if (caller == null) {
            Caller read = read();
            read.districtScope();
            caller = read;
        }
        return caller;
    }

    /** The districts the caller sees; see {@link Caller#districtScope()}. */
    public DistrictScope districtScope() {
        return get().districtScope();
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
        return new Caller(name, identity.getRoles(), providerCode, districtCodes());
    }

    /**
     * Keycloak maps a multivalued attribute to a JSON array (a {@code JsonArray} of {@code JsonString}s here, whose
     * {@code toString} is quoted JSON), a single value to a string; anything else is ignored.
     */
    private Set<String> districtCodes() {
        Object claim = jwt.getClaim(DISTRICT_CODES);
        Stream<String> values;
        if (claim instanceof Collection<?> many) {
            values = many.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString());
        } else if (claim != null) {
            values = Stream.of(claim.toString().split(","));
        } else {
            values = Stream.empty();
        }
        return values.map(String::trim).filter(code -> AREA_CODE.matcher(code).matches()).collect(Collectors.toSet());
    }
}
