package org.homecare.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Gets access tokens from the {@code homecare} realm's token endpoint. */
public final class TokenClient {

    public static final String WEB_CLIENT = "homecare-web";
    public static final String PLATFORM_CLIENT = "city-settlement-platform";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TokenClient() {
    }

    public record AccessToken(String value, Instant expiresAt) {
    }

    /** Password grant of the public web client; dev users' passwords equal their user names. */
    public static AccessToken forUser(String keycloakUrl, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", WEB_CLIENT);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return request(keycloakUrl, form, "user " + username);
    }

    /** Client-credentials grant of the settlement platform's confidential client. */
    public static AccessToken forPlatform(String keycloakUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", PLATFORM_CLIENT);
        form.put("client_secret", clientSecret(PLATFORM_CLIENT));
        return request(keycloakUrl, form, "client " + PLATFORM_CLIENT);
    }

    /** The secret as the realm file defines it, so tests and the realm cannot drift apart. */
    static String clientSecret(String clientId) {
        try {
            for (JsonNode client : JSON.readTree(LocalPaths.realmFile().toFile()).path("clients")) {
                if (clientId.equals(client.path("clientId").asText())) {
                    return client.path("secret").asText();
                }
            }
            throw new IllegalStateException("Client " + clientId + " is not in " + LocalPaths.realmFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AccessToken request(String keycloakUrl, Map<String, String> form, String who) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(keycloakUrl + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Keycloak refused a token for " + who + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            JsonNode token = JSON.readTree(response.body());
            Instant expiresAt = Instant.now().plusSeconds(token.path("expires_in").asLong(60));
            return new AccessToken(token.path("access_token").asText(), expiresAt);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot reach Keycloak at " + keycloakUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while getting a token for " + who, e);
        }
    }
}
