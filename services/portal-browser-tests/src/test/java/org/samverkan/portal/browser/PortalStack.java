package org.samverkan.portal.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.samverkan.communications.CommunicationsApplication;
import org.samverkan.followup.FollowUpApplication;
import org.samverkan.identity.IdentityApplication;
import org.samverkan.inventory.InventoryApplication;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.portal.PortalApplication;
import org.samverkan.registry.RegistryApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in this JVM, once for all browser tests: the four services (each its own database on the
 * shared in-process broker and store), a real OIDC issuer (the retired demo issuer, services/identity, in process;
 * Keycloak itself is exercised by end-to-end-tests' KeycloakFlowIT) and the portal. The issuer's URL is fixed before
 * anything starts because the services validate the issuer claim against it.
 *
 * <p>rep1 speaks for an organisation registered here at start ({@link #representedOrganization()}): the issuer is
 * started with {@code samverkan.identity.representatives.rep1=<its id>}, so rep1's token carries a real org_id;
 * rep3 represents it and a second one ({@link #secondOrganization()}), in org_ids.
 */
final class PortalStack {
    private static PortalStack instance;
    private final List<ConfigurableApplicationContext> applications = new ArrayList<>();
    private final String issuer;
    private final String portalUrl;
    private final String registry;
    private final String inventory;
    private final String communications;
    private final String followUp;
    private final String representedOrganization;
    private final String secondOrganization;
    private final IssuerTokens tokens;

    static synchronized PortalStack get() {
        if (instance == null) {
            instance = new PortalStack();
        }
        return instance;
    }

    private PortalStack() {
        // As on a CI runner: the JVM's zone is UTC, so a page showing server-zone times instead of Swedish ones is caught.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        TestInfrastructure.Infrastructure infra = TestInfrastructure.get();
        int issuerPort = Launcher.freePort();
        int portalPort = Launcher.freePort();
        issuer = "http://localhost:" + issuerPort;
        portalUrl = "http://localhost:" + portalPort;
        registry = service(RegistryApplication.class, infra, "portal-registry");
        inventory = service(InventoryApplication.class, infra, "portal-inventory");
        communications = service(CommunicationsApplication.class, infra, "portal-communications",
                "--samverkan.communications.token-secret=browser-test-secret-of-at-least-32-bytes",
                "--samverkan.communications.sms.gateway=simulator",
                "--samverkan.communications.delivery.retry-interval=200ms",
                "--samverkan.communications.delivery.sweep-interval=300ms",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + Launcher.freePort());
        followUp = service(FollowUpApplication.class, infra, "portal-followup");
        Path issuerData = TempDirs.create("portal-issuer");
        // the issuer's keys and the browser's profile are this run's only: gone when the JVM ends
        Runtime.getRuntime().addShutdownHook(new Thread(() -> TempDirs.delete(issuerData)));
        representedOrganization = TestHttp.on(port(registry)).post("/api/organizations", null,
                "{\"name\": \"Vårby Somaliska Föräldraförening\", \"kind\": \"ASSOCIATION\"}").json().get("id").asString();
        secondOrganization = TestHttp.on(port(registry)).post("/api/organizations", null,
                "{\"name\": \"Stuvsta Kulturförening\", \"kind\": \"ASSOCIATION\"}").json().get("id").asString();
        applications.add(Launcher.start(IdentityApplication.class, false,
                "--server.port=" + issuerPort, "--samverkan.identity.issuer=" + issuer,
                "--samverkan.data-dir=" + issuerData, "--samverkan.identity.portal-base-url=" + portalUrl,
                "--samverkan.identity.representatives.rep1=" + representedOrganization,
                "--samverkan.identity.representatives.rep3=" + representedOrganization + "," + secondOrganization));
        // The portal runs with its own configuration only, exactly as deployed.
        applications.add(Launcher.start(PortalApplication.class, true,
                "--server.port=" + portalPort, "--OIDC_ISSUER_URI=" + issuer, "--spring.profiles.active=demo",
                // The in-process issuer is Spring Authorization Server, whose endpoint paths differ from Keycloak's.
                "--OIDC_AUTHORIZATION_URI=" + issuer + "/oauth2/authorize", "--OIDC_TOKEN_URI=" + issuer + "/oauth2/token",
                "--OIDC_JWK_SET_URI=" + issuer + "/oauth2/jwks", "--OIDC_END_SESSION_URI=" + issuer + "/connect/logout",
                "--samverkan.portal.registry-url=" + registry, "--samverkan.portal.inventory-url=" + inventory,
                "--samverkan.portal.communications-url=" + communications,
                "--samverkan.portal.follow-up-url=" + followUp));
        tokens = new IssuerTokens(issuer);
    }

    private String service(Class<?> application, TestInfrastructure.Infrastructure infra, String database, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + infra.mongoUri(database),
                "--samverkan.outbox.sweep-interval=200ms",
                "--samverkan.consumer.retry-interval=100ms",
                "--samverkan.rate-limit.requests=1000000",
                "--samverkan.security.jwt.issuer=" + issuer,
                "--samverkan.security.jwt.jwk-set-uri=" + issuer + "/oauth2/jwks"));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext context = Launcher.start(application, true, args.toArray(String[]::new));
        applications.add(context);
        return "http://localhost:" + Launcher.port(context);
    }

    private static int port(String url) {
        return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
    }


    String portalUrl() {
        return portalUrl;
    }

    String issuerUrl() {
        return issuer;
    }

    String representedOrganization() {
        return representedOrganization;
    }

    /** rep3 represents this one and {@link #representedOrganization()}. */
    String secondOrganization() {
        return secondOrganization;
    }

    /** A real access token of a demo user (password "demo"), for preparing data through the APIs. */
    String token(String user) {
        return tokens.of(user);
    }

    TestHttp registry() {
        return TestHttp.on(port(registry));
    }

    TestHttp inventory() {
        return TestHttp.on(port(inventory));
    }

    /** Communications as a browser opens its signed links (the translator's page). */
    String communicationsUrl() {
        return communications;
    }

    TestHttp communications() {
        return TestHttp.on(port(communications));
    }

    TestHttp followUp() {
        return TestHttp.on(port(followUp));
    }
}
