package org.homecare.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of the real components, as pinned by the parent pom. */
public final class Versions {

    private static final Properties VERSIONS = load();

    private Versions() {
    }

    public static String kafka() {
        return VERSIONS.getProperty("kafka.version");
    }

    public static String keycloak() {
        return VERSIONS.getProperty("keycloak.version");
    }

    /** PostgreSQL server version, e.g. {@code 17.6} (the binaries artifact is versioned {@code 17.6.0}). */
    public static String postgres() {
        String binaries = VERSIONS.getProperty("postgres.version");
        return binaries.endsWith(".0") ? binaries.substring(0, binaries.length() - 2) : binaries;
    }

    private static Properties load() {
        try (InputStream in = Versions.class.getResourceAsStream("versions.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
