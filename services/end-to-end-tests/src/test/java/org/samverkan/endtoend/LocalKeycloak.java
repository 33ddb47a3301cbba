package org.samverkan.endtoend;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The real Keycloak, from the Maven Central distribution the local stack runs, as a child process: started once
 * per test JVM with the repository's realm file imported and its demo part applied through the admin API, exactly
 * as ./samverkan up does. Its H2 store is a temporary directory; the process is stopped when the JVM ends.
 */
final class LocalKeycloak {
    static final String REALM = "samverkan";
    /** The registry's client secret at this Keycloak (test only). */
    static final String REGISTRY_SECRET = "registry-test-secret";
    /** The portal's client secret at this Keycloak (test only, not a demo secret: the portal runs as deployed). */
    static final String PORTAL_SECRET = "portal-test-secret";
    private static LocalKeycloak instance;
    private final Process process;
    private final Path data;
    private final int port;
    /** Where a portal of this JVM listens: the realm's portal client allows only its redirect URI. */
    private final int portalPort;
    private final String adminPassword = "test-admin-" + System.nanoTime();
    /** Keycloak's SMTP server: a real one on a free port, so the test reads what Keycloak sends. */
    private final GreenMail mail;

    static synchronized LocalKeycloak get() throws Exception {
        if (instance == null) {
            instance = new LocalKeycloak();
        }
        return instance;
    }

    private LocalKeycloak() throws Exception {
        Path home = Path.of(System.getProperty("keycloak.home"));
        Path realms = Path.of(System.getProperty("keycloak.realm-dir"));
        data = Files.createTempDirectory("samverkan-keycloak");
        Path log = data.resolve("keycloak.log");
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(realms.resolve("samverkan-realm.json"), home.resolve("data/import/samverkan-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        port = freePort();
        portalPort = freePort();
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        mail.start();
        if (!built(home)) {
            // First start of a fresh distribution: Quarkus augments it and exits with 10 (as bin/kc.sh handles).
            int exit = command(data, false).redirectOutput(log.toFile()).redirectErrorStream(true).start().waitFor();
            if (exit != 10) {
                throw new IllegalStateException("Keycloak's build step exited with " + exit + ": " + Files.readString(log));
            }
        }
        process = command(data, true).redirectOutput(log.toFile()).redirectErrorStream(true).start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        awaitRealm(log);
        applyDemoPart(realms.resolve("demo-part.json"));
    }

    /**
     * Augmented already, by an earlier run or by ./samverkan up (the same distribution): the build step rewrites
     * lib/quarkus after unpacking, while the zip's files keep their release dates. The same test as the script's.
     */
    private static boolean built(Path home) throws IOException {
        Path generated = home.resolve("lib/quarkus/generated-bytecode.jar");
        return Files.exists(generated) && Files.getLastModifiedTime(generated)
                .compareTo(Files.getLastModifiedTime(home.resolve("lib/quarkus-run.jar"))) > 0;
    }

    private ProcessBuilder command(Path data, boolean built) {
        Path home = Path.of(System.getProperty("keycloak.home"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:MaxMetaspaceSize=256m",
                "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.security=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED", "-Duser.language=en", "-Duser.country=US",
                "-Djava.util.concurrent.ForkJoinPool.common.threadFactory=io.quarkus.bootstrap.forkjoin.QuarkusForkJoinWorkerThreadFactory",
                "-Dkc.home.dir=" + home, "-Djboss.server.config.dir=" + home.resolve("conf"),
                "-Djava.util.logging.manager=org.jboss.logmanager.LogManager", "-Dpicocli.disable.closures=true",
                "-Dkc.db-url-path=" + data));
        if (built) {
            command.add("-Dkc.config.built=true");
        }
        command.addAll(List.of("-cp", home.resolve("lib/quarkus-run.jar").toString(),
                "io.quarkus.bootstrap.runner.QuarkusEntryPoint", "start-dev", "--http-host=127.0.0.1",
                "--http-port=" + port, "--hostname=" + base(), "--import-realm", "--log-console-color=false"));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        env.put("SAMVERKAN_PORTAL_URL", portalUrl());
        env.put("SAMVERKAN_PORTAL_CLIENT_SECRET", PORTAL_SECRET);
        env.put("SAMVERKAN_MACHINE_CLIENT_SECRET", "demo-secret");
        env.put("SAMVERKAN_SMTP_HOST", "127.0.0.1");
        env.put("SAMVERKAN_SMTP_PORT", String.valueOf(mail.getSmtp().getPort()));
        env.put("SAMVERKAN_REGISTRY_CLIENT_SECRET", REGISTRY_SECRET);
        env.put("SAMVERKAN_MAIL_FROM", "noreply@samverkan.localhost");
        return builder;
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** The URL a portal started in this JVM must listen at (port {@link #portalPort()}). */
    String portalUrl() {
        return "http://localhost:" + portalPort;
    }

    int portalPort() {
        return portalPort;
    }

    String issuer() {
        return base() + "/realms/" + REALM;
    }

    /** Every e-mail Keycloak has sent so far. */
    GreenMail mail() {
        return mail;
    }

    String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    private void awaitRealm(Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(240));
        HttpClient http = HttpClient.newHttpClient();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create(issuer() + "/.well-known/openid-configuration")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not serve realm " + REALM + " within 240 s: " + Files.readString(log));
    }

    /** An access token of the master realm's administrator (another issuer than the services trust). */
    String masterAdminToken() throws Exception {
        return OAuth2.field(OAuth2.post(base() + "/realms/master/protocol/openid-connect/token", null, Map.of(
                "grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", adminPassword)).body(),
                "access_token");
    }

    private void applyDemoPart(Path demoPart) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String admin = masterAdminToken();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base() + "/admin/realms/" + REALM + "/partialImport"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(demoPart)).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("demo part refused: " + imported.statusCode() + " " + imported.body());
        }
    }

    private void stop() {
        mail.stop();
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(data)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans it up eventually
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
