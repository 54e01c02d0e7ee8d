package org.homecare.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Keycloak from the {@code keycloak-quarkus-dist} zip, started in dev mode with the {@code homecare} realm imported.
 * Every instance (the stack, each test module) gets its own unpacked copy, so several can run side by side.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "homecare";
    // A first start unpacks and builds Keycloak; on a loaded 2-core machine that alone has taken over 3 minutes.
    private static final Duration START_TIMEOUT = Duration
            .ofSeconds(Long.getLong("homecare.keycloak.start-timeout-seconds", 420));
    private static final String PID_FILE = "keycloak.pid";

    private final ChildProcess process;
    private final int port;

    private KeycloakServer(ChildProcess process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param instance    names the unpacked copy, e.g. {@code stack} or {@code test-provider-service}
     * @param freshRealm  drop the copy's database first so the realm file is imported again (tests)
     */
    public static KeycloakServer start(String instance, int port, int managementPort, Path logFile,
                                       boolean freshRealm, boolean detached) {
        Path home = installation(instance);
        stopLeftoverProcess(home);
        prepareData(home, freshRealm);
        ChildProcess process = ChildProcess.start("Keycloak", List.of(
                "bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                "--hostname=" + url(port),
                "--import-realm"),
                Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                        "JAVA_HOME", System.getProperty("java.home")),
                home, logFile, detached);
        writePid(home, process.pid());
        try {
            process.awaitReady(START_TIMEOUT, () -> HttpProbe.answersOk(realmUrl(port) + "/.well-known/openid-configuration"));
        } catch (RuntimeException e) {
            process.stop(Duration.ofSeconds(10));
            throw e;
        }
        return new KeycloakServer(process, port);
    }

    public static String url(int port) {
        return "http://localhost:" + port;
    }

    public static String realmUrl(int port) {
        return url(port) + "/realms/" + REALM;
    }

    public String url() {
        return url(port);
    }

    public String realmUrl() {
        return realmUrl(port);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(30));
    }

    /** The instance's unpacked copy, unzipped from the download cache the first time. */
    public static Path installation(String instance) {
        Path cache = LocalPaths.cacheDir();
        Path home = installationDirectory(instance);
        if (Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path zip = cache.resolve("keycloak-quarkus-dist-" + Versions.keycloak() + ".zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found: " + zip
                    + "; fetch it with: ./mvnw -pl deploy/components -am install -DskipTests");
        }
        unpack(zip, home);
        return home;
    }

    /** Where the instance's copy lives, whether or not it is unpacked yet. */
    public static Path installationDirectory(String instance) {
        return LocalPaths.cacheDir().resolve("keycloak-" + Versions.keycloak() + "-" + instance);
    }

    private static void unpack(Path zip, Path home) {
        try {
            Path staging = Files.createTempDirectory(home.getParent(), "." + home.getFileName() + "-");
            try (ZipFile archive = new ZipFile(zip.toFile())) {
                Enumeration<? extends ZipEntry> entries = archive.entries();
                while (entries.hasMoreElements()) {
                    extract(archive, entries.nextElement(), staging);
                }
            }
            // The zip has one top-level directory (keycloak-<version>); the rename makes the copy appear complete or not at all.
            Path top;
            try (Stream<Path> children = Files.list(staging)) {
                top = children.filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Unexpected layout of " + zip));
            }
            try (Stream<Path> scripts = Files.list(top.resolve("bin"))) {
                for (Path script : scripts.filter(p -> p.toString().endsWith(".sh")).toList()) {
                    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            try {
                Files.move(top, home, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
                    throw raced;
                }
            }
            Directories.deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip + " to " + home, e);
        }
    }

    private static void extract(ZipFile archive, ZipEntry entry, Path target) throws IOException {
        Path destination = target.resolve(entry.getName()).normalize();
        if (!destination.startsWith(target)) {
            throw new IOException("Zip entry outside the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(destination);
            return;
        }
        Files.createDirectories(destination.getParent());
        try (InputStream in = archive.getInputStream(entry)) {
            Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void prepareData(Path home, boolean freshRealm) {
        try {
            if (freshRealm) {
                Directories.deleteTree(home.resolve("data/h2"));
            }
            // Keycloak only imports a realm file whose name matches the realm.
            Path imported = home.resolve("data/import/" + REALM + "-realm.json");
            Files.createDirectories(imported.getParent());
            Files.copy(LocalPaths.realmFile(), imported, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Keycloak data in " + home, e);
        }
    }

    /** A Keycloak left running on this copy (its JVM was killed) would hold the copy's database. */
    private static void stopLeftoverProcess(Path home) {
        Path pidFile = home.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            Optional<ProcessHandle> leftover = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().map(c -> c.contains(home.toString())).orElse(false));
            leftover.ifPresent(p -> ProcessTree.stop(p, Duration.ofSeconds(20)));
            Files.delete(pidFile);
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("Cannot read " + pidFile, e);
        }
    }

    private static void writePid(Path home, long pid) {
        try {
            Files.writeString(home.resolve(PID_FILE), pid + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
