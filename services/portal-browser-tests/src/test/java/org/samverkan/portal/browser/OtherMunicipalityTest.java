package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverkan.portal.PortalApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The portal started, as deployed, with another municipality's reference data (the fictional Exempelby: other
 * districts and languages, no Finnish, no easy-read variant) shows that municipality, not Huddinge.
 */
class OtherMunicipalityTest {
    private static ConfigurableApplicationContext portal;
    private static String url;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void startPortalWithExempelby() {
        String nowhere = "http://127.0.0.1:" + Launcher.freePort();
        portal = Launcher.start(PortalApplication.class, true, "--server.port=0",
                "--samverkan.reference-data.location=classpath:reference-data/exempelby.yaml", "--OIDC_ISSUER_URI=" + nowhere,
                // as deployed: no demo profile, so the client secret is the municipality's own
                "--spring.security.oauth2.client.registration.samverkan.client-secret=exempelby-portal-secret-of-its-own",
                "--samverkan.portal.registry-url=" + nowhere, "--samverkan.portal.inventory-url=" + nowhere,
                "--samverkan.portal.communications-url=" + nowhere, "--samverkan.portal.follow-up-url=" + nowhere);
        url = "http://localhost:" + Launcher.port(portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void theFooterNamesTheMunicipalityFromItsOwnFileInTheReadersLanguage() throws Exception {
        assertThat(get("/forbidden").body()).contains("Exempelby kommun · Samverkan").doesNotContain("Huddinge");
        assertThat(get("/forbidden?lang=en").body()).contains("Exempelby Municipality · Samverkan").doesNotContain("Huddinge");
    }

    @Test
    void thePortalServesTheReferenceDataItWasStartedWithWithoutLogin() throws Exception {
        HttpResponse<String> data = get("/api/reference-data");

        assertThat(data.statusCode()).isEqualTo(200);
        assertThat(data.body()).contains("\"name\":\"Exempelby\"").contains("\"code\":\"hamnen\"").doesNotContain("flemingsberg")
                .doesNotContain("\"tag\":\"fi\"");
    }

    /** The interface language is Swedish unless {@code ?lang=en} picks English (LocaleConfig). */
    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
