package org.homecare.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's local runtime cache and the dev realm live. System properties win (Maven's surefire
 * configuration and the stack script set them); otherwise the repository is found by walking up from the
 * working directory.
 */
public final class LocalPaths {

    static final String REALM_IN_REPO = "deploy/keycloak/homecare-realm.json";

    private LocalPaths() {
    }

    /** {@code deploy/.local}: download cache ({@code cache/}) and local-stack data, logs and pid files. */
    public static Path localDir() {
        String configured = System.getProperty("homecare.local.dir", System.getenv("HOMECARE_LOCAL_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        return repositoryRoot().resolve("deploy/.local");
    }

    public static Path cacheDir() {
        return localDir().resolve("cache");
    }

    public static Path realmFile() {
        String configured = System.getProperty("homecare.realm.file");
        Path realm = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : repositoryRoot().resolve(REALM_IN_REPO);
        if (!Files.isRegularFile(realm)) {
            throw new IllegalStateException("Keycloak realm file not found: " + realm);
        }
        return realm.toAbsolutePath().normalize();
    }

    public static Path repositoryRoot() {
        Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(REALM_IN_REPO))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root (a directory containing "
                + REALM_IN_REPO + ") above " + start + "; set -Dhomecare.local.dir and -Dhomecare.realm.file");
    }
}
