package org.samverkan.portal.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts one Spring Boot application of the platform in this JVM with its own configuration file. Every module
 * ships an {@code application.yml} at the classpath root, so the file is picked by the application's own jar (or
 * classes directory) instead of whichever comes first on the test classpath.
 */
final class Launcher {
    /**
     * The issuer has no platform kit when deployed, but here the services put it on the classpath: switched off for
     * it. (The portal switches it off in its own application.yml.)
     */
    static final String[] NO_PLATFORM = {"--management.endpoint.health.validate-group-membership=false",
            "--spring.autoconfigure.exclude="
            + "org.samverkan.platform.PlatformEventsAutoConfiguration,"
            + "org.samverkan.platform.PlatformSecurityAutoConfiguration,"
            + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration,"
            + "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration,"
            + "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration,"
            + "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"};

    private Launcher() {
    }

    static ConfigurableApplicationContext start(Class<?> application, boolean asConfigured, String... args) {
        List<String> all = new ArrayList<>();
        all.add("--spring.config.location=" + ownConfiguration(application));
        // The test JVM ends with the applications in it; a graceful stop of six applications would only slow the exit.
        all.add("--spring.main.register-shutdown-hook=false");
        if (!asConfigured) {
            Collections.addAll(all, NO_PLATFORM);
        }
        Collections.addAll(all, args);
        return new SpringApplicationBuilder(application).run(all.toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ownConfiguration(Class<?> application) {
        String home = application.getProtectionDomain().getCodeSource().getLocation().toString();
        try {
            for (URL url : Collections.list(application.getClassLoader().getResources("application.yml"))) {
                String candidate = url.toString();
                if (candidate.startsWith(home) || candidate.startsWith("jar:" + home)) {
                    return candidate;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("No application.yml next to " + application.getName() + " in " + home);
    }
}
