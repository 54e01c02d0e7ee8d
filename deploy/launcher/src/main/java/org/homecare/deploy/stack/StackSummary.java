package org.homecare.deploy.stack;

import org.homecare.deploy.KeycloakServer;
import org.homecare.deploy.PostgresServer;
import org.homecare.deploy.TokenClient;

import java.util.List;

/** What a developer needs after {@code up}: URLs, dev users and a first request. */
final class StackSummary {

    private final StackFiles files;
    private final List<StackComponent> services;

    StackSummary(StackFiles files, List<StackComponent> services) {
        this.files = files;
        this.services = services;
    }

    void print() {
        StackPorts ports = new StackPorts(files);
        int postgres = ports.current(StackComponent.POSTGRES);
        int keycloak = ports.current(StackComponent.KEYCLOAK);
        System.out.println();
        System.out.println("The local stack is up.");
        for (StackComponent service : services) {
            System.out.printf("  %-20s http://localhost:%d   (OpenAPI: /q/openapi, health: /q/health)%n",
                    service.id(), ports.current(service));
        }
        System.out.printf("  %-20s %s   (admin console: %s/admin, admin/admin)%n", "keycloak",
                KeycloakServer.realmUrl(keycloak), KeycloakServer.url(keycloak));
        System.out.printf("  %-20s localhost:%d   (bootstrap servers)%n", "kafka", ports.current(StackComponent.KAFKA));
        System.out.printf("  %-20s %s   (user %s, password %s; databases eligibility, provider, voucher, settlement)%n",
                "postgres", PostgresServer.jdbcUrl(postgres, "<db>"), PostgresServer.USER, PostgresServer.PASSWORD);
        System.out.println();
        System.out.println("Dev users (password = user name), client " + TokenClient.WEB_CLIENT + ":");
        System.out.println("  city-admin   role city-admin");
        System.out.println("  caseworker   role caseworker");
        System.out.println("  auditor      role auditor");
        System.out.println("  provider-a   role provider, provider_code 91340100MA2NHC015G");
        System.out.println("  provider-b   role provider, provider_code 91340100MA2NHC023B");
        System.out.println("  provider-c   role provider, provider_code 91340100MA2NHC0316 (a provider not approved: every provider endpoint answers 403)");
        System.out.println("  client " + TokenClient.PLATFORM_CLIENT + " (client credentials, secret platform-dev-secret): role settlement-platform");
        System.out.println();
        System.out.println("Try it:");
        System.out.println("  TOKEN=$(curl -s -d grant_type=password -d client_id=" + TokenClient.WEB_CLIENT
                + " -d username=city-admin -d password=city-admin \\");
        System.out.println("    " + KeycloakServer.realmUrl(keycloak) + "/protocol/openid-connect/token"
                + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        System.out.println("  curl -H \"Authorization: Bearer $TOKEN\" http://localhost:"
                + ports.current(StackComponent.PROVIDER) + "/api/v1/catalogue");
        System.out.println();
        System.out.println("Logs: " + files.display(files.log(StackComponent.POSTGRES).getParent())
                + "/   Stop: deploy/stack down   State: deploy/stack status");
    }
}
