package org.samverkan.portal.publicnotices;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.samverkan.portal.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Communications' store goes down (it answers 503 problem+json, as every service does then): the portal's public
 * pages are served as last rendered, per interface language, and a page never rendered is a 503 page in the
 * reader's language — not a 500, not a 502. Communications is a real HTTP server here.
 */
class PublicPagesDuringOutageTest {
    private static final String ATOM = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><id>urn:samverkan:notices:Huddinge</id>
             <entry><id>urn:samverkan:notice:n-1</id><title>Storm i natt</title><published>2026-11-22T08:00:00Z</published>
              <summary>Stanna inne.</summary>
              <link rel="alternate" href="http://x/public/notices/n-1/sv" type="text/html" hreflang="sv"/>
              <link rel="related" href="http://x/public/notices/n-1/cap.xml" type="application/cap+xml"/></entry>
            </feed>""";
    private static final String PROBLEM = """
            {"type":"about:blank","title":"Store unavailable","status":503,"detail":"The service's store cannot be reached right now. A change sent just now may or may not have been saved: look before sending it again. Try again later."}""";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private volatile boolean storeDown;

    @Test
    void publicPagesServeTheirLastRenderingAndOtherwiseA503PageInTheReadersLanguage() throws Exception {
        HttpServer communications = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        communications.createContext("/", this::answer);
        communications.start();
        try (ConfigurableApplicationContext portal = new SpringApplicationBuilder(PortalApplication.class).run("--server.port=0",
                // no issuer is reached on these pages; the portal only refuses to start without one named
                "--OIDC_ISSUER_URI=http://127.0.0.1:9/realms/samverkan", "--spring.profiles.active=demo",
                "--samverkan.portal.communications-url=http://127.0.0.1:" + communications.getAddress().getPort())) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) portal).getWebServer().getPort();
            HttpResponse<String> english = get(base + "/public/notices", "en");
            assertThat(english.statusCode()).isEqualTo(200);
            assertThat(english.body()).contains("Storm i natt");

            storeDown = true;

            HttpResponse<String> lastRendered = get(base + "/public/notices", "en");
            assertThat(lastRendered.statusCode()).isEqualTo(200);
            assertThat(lastRendered.body()).as("the English page as last rendered").isEqualTo(english.body());
            HttpResponse<String> swedishList = get(base + "/public/notices", "sv");
            assertThat(swedishList.statusCode()).as("never rendered in Swedish").isEqualTo(503);
            assertThat(swedishList.body()).contains("Tjänsten kan inte nå sina uppgifter just nu");
            HttpResponse<String> notice = get(base + "/public/notices/n-1/sv", "en");
            assertThat(notice.statusCode()).isEqualTo(503);
            assertThat(notice.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(notice.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(notice.body()).contains("The service cannot reach its records right now").doesNotContain("Exception");
        } finally {
            communications.stop(0);
        }
    }

    private void answer(HttpExchange exchange) throws java.io.IOException {
        String path = exchange.getRequestURI().getPath();
        boolean feed = path.equals("/public/feeds/notices.atom");
        int status = storeDown ? 503 : feed ? 200 : 404;
        byte[] body = (storeDown ? PROBLEM : feed ? ATOM : "").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", storeDown ? "application/problem+json" : "application/atom+xml;charset=UTF-8");
        if (storeDown) {
            exchange.getResponseHeaders().set("Retry-After", "5");
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static HttpResponse<String> get(String url, String language) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "portal-lang=" + language).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
