package org.homecare.deploy.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the four services and Keycloak listen (base URLs such as {@code http://localhost:8081}): for the local stack
 * its defaults, overridable the same way as deploy/stack; the end-to-end test passes its own.
 */
public record Endpoints(String eligibilityUrl, String providerUrl, String voucherUrl, String settlementUrl,
                        String keycloak) {

    public static Endpoints fromEnvironment() {
        return new Endpoints(local("ELIGIBILITY_PORT", 8081), local("PROVIDER_PORT", 8082),
                local("VOUCHER_PORT", 8083), local("SETTLEMENT_PORT", 8084), local("KEYCLOAK_PORT", 8180));
    }

    private static String local(String variable, int defaultPort) {
        String port = System.getenv(variable);
        if (port == null || port.isBlank()) {
            return "http://localhost:" + defaultPort;
        }
        try {
            return "http://localhost:" + Integer.parseInt(port.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + "=" + port + " is not a port number", e);
        }
    }

    String eligibility(String path) {
        return eligibilityUrl + path;
    }

    String provider(String path) {
        return providerUrl + path;
    }

    String voucher(String path) {
        return voucherUrl + path;
    }

    String settlement(String path) {
        return settlementUrl + path;
    }

    List<String> services() {
        return List.of(eligibilityUrl, providerUrl, voucherUrl, settlementUrl);
    }

    /** The four services by name, for messages that say which one does not answer. */
    Map<String, String> servicesByName() {
        Map<String, String> byName = new LinkedHashMap<>();
        byName.put("eligibility-service", eligibilityUrl);
        byName.put("provider-service", providerUrl);
        byName.put("voucher-service", voucherUrl);
        byName.put("settlement-service", settlementUrl);
        return byName;
    }
}
