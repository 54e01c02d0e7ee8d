package org.homecare.deploy.test;

import java.util.List;
import java.util.Map;

/** Started test components: the configuration a Quarkus app needs to use them, and how to stop them. */
record RunningComponents(String description, Map<String, String> config, Runnable stopAll) {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String DB_USERNAME = "quarkus.datasource.username";
    static final String DB_PASSWORD = "quarkus.datasource.password";
    static final String KAFKA_BOOTSTRAP = "kafka.bootstrap.servers";
    static final String OIDC_SERVER = "quarkus.oidc.auth-server-url";
    static final String KEYCLOAK_URL = "homecare.test.keycloak-url";
    static final List<String> KEYS = List.of(JDBC_URL, DB_USERNAME, DB_PASSWORD, KAFKA_BOOTSTRAP, OIDC_SERVER, KEYCLOAK_URL);
    static final String DATABASE = "homecare";
    static final int TOPIC_PARTITIONS = 3;

    static Map<String, String> config(String jdbcUrl, String username, String password, String bootstrapServers,
                                      String keycloakUrl) {
        return Map.of(
                JDBC_URL, jdbcUrl,
                DB_USERNAME, username,
                DB_PASSWORD, password,
                KAFKA_BOOTSTRAP, bootstrapServers,
                OIDC_SERVER, keycloakUrl + "/realms/homecare",
                KEYCLOAK_URL, keycloakUrl);
    }
}
