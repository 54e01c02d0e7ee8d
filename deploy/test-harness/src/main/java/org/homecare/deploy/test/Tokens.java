package org.homecare.deploy.test;

import org.eclipse.microprofile.config.ConfigProvider;
import org.homecare.deploy.TokenClient;
import org.homecare.deploy.TokenClient.AccessToken;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** Access tokens from the test Keycloak started by {@link RealComponentsTestResource}, cached until shortly before expiry. */
public final class Tokens {

    private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);
    private static final Map<String, AccessToken> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token of a dev-realm user ({@code city-admin}, {@code caseworker}, {@code auditor}, {@code provider-a}, {@code provider-b}). */
    public static String forUser(String username) {
        return cached("user:" + username, keycloakUrl -> TokenClient.forUser(keycloakUrl, username, username));
    }

    /** A token of the city settlement platform's service account (role {@code settlement-platform}). */
    public static String forPlatform() {
        return cached("platform", TokenClient::forPlatform);
    }

    private static String cached(String who, Function<String, AccessToken> fetch) {
        String keycloakUrl = keycloakUrl();
        AccessToken token = CACHE.compute(keycloakUrl + " " + who, (key, current) ->
                current != null && Instant.now().isBefore(current.expiresAt().minus(EXPIRY_MARGIN))
                        ? current
                        : fetch.apply(keycloakUrl));
        return token.value();
    }

    private static String keycloakUrl() {
        return fromConfig().or(() -> Optional.ofNullable(System.getProperty(RunningComponents.KEYCLOAK_URL)))
                .orElseThrow(() -> new IllegalStateException(RunningComponents.KEYCLOAK_URL
                        + " is not set; annotate the test with @QuarkusTestResource(RealComponentsTestResource.class)"));
    }

    private static Optional<String> fromConfig() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(RunningComponents.KEYCLOAK_URL, String.class);
        } catch (IllegalStateException noConfigImplementation) {
            return Optional.empty();
        }
    }
}
