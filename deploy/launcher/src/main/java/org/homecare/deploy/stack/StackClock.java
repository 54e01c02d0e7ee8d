package org.homecare.deploy.stack;

import org.homecare.deploy.KeycloakServer;
import org.homecare.deploy.TokenClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Moves every service's business clock to the same instant, as city-admin. */
final class StackClock {

    private final StackFiles files;

    StackClock(StackFiles files) {
        this.files = files;
    }

    int set(String instant) {
        int keycloakPort = files.port(StackComponent.KEYCLOAK).orElse(StackComponent.KEYCLOAK.port().value());
        String token = TokenClient.forUser(KeycloakServer.url(keycloakPort), "city-admin", "city-admin").value();
        String body = "{\"now\": \"" + instant.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        int failures = 0;
        for (StackComponent service : StackComponent.services()) {
            int port = files.port(service).orElse(service.port().value());
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/admin/clock"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                System.out.printf("%-20s HTTP %d %s%n", service.id(), response.statusCode(), response.body());
                failures += response.statusCode() / 100 == 2 ? 0 : 1;
            } catch (IOException e) {
                System.out.printf("%-20s not reachable on port %d (%s)%n", service.id(), port, e.getMessage());
                failures++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
