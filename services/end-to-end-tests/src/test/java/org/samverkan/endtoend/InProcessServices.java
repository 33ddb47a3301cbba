package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestTokens;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts services as applications in this JVM, joined only by the shared broker, and calls them over real HTTP. */
final class InProcessServices {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InProcessServices() {
    }

    /**
     * All services are on this classpath, each with its own application.yml; the application's own file is named
     * explicitly so none picks up another's settings (name, consumer group, communications' required properties).
     */
    static ConfigurableApplicationContext start(Class<?> application, String database, String... extra) {
        TestInfrastructure.Infrastructure infra = TestInfrastructure.get();
        List<String> args = new ArrayList<>(List.of(
                "--spring.config.location=" + ownConfig(application),
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infra.mongoUri(database),
                "--samverkan.outbox.sweep-interval=200ms",
                "--samverkan.rate-limit.requests=1000000",
                "--samverkan.security.jwt.issuer=" + TestTokens.ISSUER,
                "--samverkan.security.jwt.public-key-location=file:" + TestTokens.publicKeyFile()));
        args.addAll(List.of(extra));
        if (Stream.of(extra).anyMatch(a -> a.startsWith("--server.port="))) {
            args.remove("--server.port=0"); // a caller that must know the port before the start chose one
        }
        return new SpringApplicationBuilder(application).run(args.toArray(String[]::new));
    }

    /** Like {@link #start}, but validating tokens of a real issuer with its JWK set (no fixed test key). */
    static ConfigurableApplicationContext startWithIssuer(Class<?> application, String database, String issuer, String jwkSetUri,
                                                         String... extra) {
        TestInfrastructure.Infrastructure infra = TestInfrastructure.get();
        List<String> args = new ArrayList<>(List.of(
                "--spring.config.location=" + ownConfig(application),
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infra.mongoUri(database),
                "--samverkan.security.jwt.issuer=" + issuer,
                "--samverkan.security.jwt.jwk-set-uri=" + jwkSetUri));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(application).run(args.toArray(String[]::new));
    }

    /**
     * The portal as deployed (its own configuration, no demo profile) at the port the realm's portal client allows,
     * signing people in through {@code issuer} with {@code clientSecret}.
     */
    static ConfigurableApplicationContext startPortal(int port, String issuer, String clientSecret, String registry,
                                                      String inventory, String communications, String followUp) {
        return new SpringApplicationBuilder(org.samverkan.portal.PortalApplication.class).run(
                "--spring.config.location=" + ownConfig(org.samverkan.portal.PortalApplication.class),
                "--server.port=" + port, "--OIDC_ISSUER_URI=" + issuer, "--PORTAL_CLIENT_SECRET=" + clientSecret,
                "--REGISTRY_URL=" + registry, "--INVENTORY_URL=" + inventory, "--COMMUNICATIONS_URL=" + communications,
                "--FOLLOW_UP_URL=" + followUp);
    }

    static String url(ConfigurableApplicationContext context) {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static String ownConfig(Class<?> application) {
        String location = application.getProtectionDomain().getCodeSource().getLocation().toString();
        return location.endsWith(".jar") ? "jar:" + location + "!/application.yml" : location + "application.yml";
    }

    static TestHttp http(ConfigurableApplicationContext context) {
        return TestHttp.on(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    static JsonNode created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    static JsonNode ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
