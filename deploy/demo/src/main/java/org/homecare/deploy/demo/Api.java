package org.homecare.deploy.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** The services' public REST APIs, called with a bearer token; every answer is JSON (problem+json on errors). */
final class Api {

    /** @param request what was asked, e.g. {@code POST http://localhost:8084/api/v1/periods/2026-12/close} */
    record Answer(String request, int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        Answer expect(int... accepted) {
            for (int s : accepted) {
                if (s == status) {
                    return this;
                }
            }
            throw new IllegalStateException(request + " answered HTTP " + status + problem());
        }

        /** A problem+json answer as its code and detail, anything else as its text. */
        private String problem() {
            if (body.isMissingNode()) {
                return "";
            }
            if (body.has("detail") || body.has("code")) {
                return ": " + String.join(" ", body.path("code").asText(""), body.path("title").asText(""),
                        body.path("detail").asText("")).trim();
            }
            return ": " + body;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    Answer get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), "GET " + url, token);
    }

    /** A GET of a document that is not JSON (a payment file): its text is the answer's body, as a JSON string. */
    Answer getText(String url, String token, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().header("Accept", accept)
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer("GET " + url, response.statusCode(), JSON.getNodeFactory().textNode(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + ": no answer (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during GET " + url, e);
        }
    }

    /** A GET without a token, for the endpoints every service leaves open ({@code /q/health}). */
    Answer get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), "GET " + url, null);
    }

    Answer post(String url, String token, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))), "POST " + url, token);
    }

    Answer put(String url, String token, Object body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))), "PUT " + url, token);
    }

    private Answer send(HttpRequest.Builder request, String what, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(what, response.statusCode(), body(what, response));
        } catch (IOException e) {
            // ConnectException and HttpTimeoutException often carry no message of their own
            throw new UncheckedIOException(what + ": no answer (" + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage()) + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + what, e);
        }
    }

    private static JsonNode body(String what, HttpResponse<String> response) {
        String text = response.body();
        if (text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // e.g. some other program's error page on the port
            throw new IllegalStateException(what + " answered HTTP " + response.statusCode() + " with no JSON: "
                    + (text.length() > 120 ? text.substring(0, 120) + "..." : text), e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
