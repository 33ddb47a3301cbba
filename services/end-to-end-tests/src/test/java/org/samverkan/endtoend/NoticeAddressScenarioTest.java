package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samverkan.endtoend.InProcessServices.created;
import static org.samverkan.endtoend.InProcessServices.http;
import static org.samverkan.endtoend.InProcessServices.json;
import static org.samverkan.endtoend.InProcessServices.ok;
import static org.samverkan.endtoend.InProcessServices.start;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsApplication;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * An organisation that gives a notice address when it registers receives notices with no separate inbox step: the
 * registry forwards the address to communications with its machine token (client credentials against a token
 * endpoint that hands out signed test tokens), and one registered without an address is shown to the officer as
 * "cannot be reached: no address" before publishing. Real registry and communications, broker, store and SMTP
 * server; Vårby is used by no other test class of this JVM. The Huddinge seed file, imported as
 * {@code ./samverkan seed} does, leaves every verified organisation reachable: a notice to all of them fails none.
 */
class NoticeAddressScenarioTest {
    private static final String ADMIN = TestTokens.role("registry-admin");
    private static final String OFFICER = TestTokens.role("communications-officer");
    private static final String ADDRESS = "notiser@grannstod-varby.example";
    private static final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    private static GreenMail smtp;
    private static HttpServer tokenEndpoint;
    private static ConfigurableApplicationContext communications;
    private static ConfigurableApplicationContext registry;
    private static String addressed;
    private static String unaddressed;

    @BeforeAll
    static void registerTwoOrganisations() throws IOException {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        tokenEndpoint = tokenEndpoint();
        // The registry starts first, so the organisation topic exists when communications subscribes to it; it is
        // told communications' port, chosen now.
        int communicationsPort;
        try (var socket = new java.net.ServerSocket(0)) {
            communicationsPort = socket.getLocalPort();
        }
        registry = start(RegistryApplication.class, "e2e-address-registry",
                "--samverkan.registry.notice-addresses.communications-url=http://127.0.0.1:" + communicationsPort,
                "--samverkan.registry.notice-addresses.token-uri=http://127.0.0.1:" + tokenEndpoint.getAddress().getPort() + "/token",
                "--samverkan.registry.notice-addresses.client-id=samverkan-registry",
                "--samverkan.registry.notice-addresses.client-secret=machine-secret",
                "--samverkan.registry.notice-addresses.forward-interval=500ms");
        communications = start(CommunicationsApplication.class, "e2e-address-communications", "--server.port=" + communicationsPort,
                "--samverkan.communications.token-secret=end-to-end-secret-of-at-least-32-bytes",
                "--samverkan.communications.sms.gateway=simulator",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--samverkan.communications.delivery.retry-interval=100ms",
                "--samverkan.communications.delivery.sweep-interval=200ms");

        addressed = register("Grannstöd Vårby", Map.of("email", ADDRESS));
        unaddressed = register("Vårby gårds seniorer", null);
        for (String id : List.of(addressed, unaddressed)) {
            ok(http(registry).post("/api/organizations/" + id + "/verification", ADMIN, null));
        }
        OrganizationCopies copies = communications.getBean(OrganizationCopies.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> Stream.of(addressed, unaddressed)
                .allMatch(o -> copies.find(o).filter(copy -> "VERIFIED".equals(copy.status())).isPresent()));
    }

    @AfterAll
    static void stop() {
        Stream.of(registry, communications).filter(Objects::nonNull).forEach(ConfigurableApplicationContext::close);
        if (tokenEndpoint != null) {
            tokenEndpoint.stop(0);
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void theAddressGivenAtRegistrationIsCommunicationsInboxAndTheNoticeArrivesWithoutAnInboxStep() {
        JsonNode inbox = await().atMost(Duration.ofSeconds(20)).until(
                () -> http(communications).get("/api/organizations/" + addressed + "/inbox", ADMIN), r -> r.status() == 200).json();
        assertThat(inbox.get("email").asString()).isEqualTo(ADDRESS);
        assertThat(tokenRequests).isNotEmpty().allSatisfy(auth -> assertThat(auth).isEqualTo(
                "Basic " + Base64.getEncoder().encodeToString("samverkan-registry:machine-secret".getBytes(StandardCharsets.UTF_8))));
        assertThat(http(communications).get("/api/organizations/" + unaddressed + "/inbox", ADMIN).status()).isEqualTo(404);

        JsonNode draft = created(http(communications).post("/api/notices", OFFICER, json(notice())));
        // Before publishing: of the two organisations the notice goes to, the one without an address is named.
        JsonNode recipients = draft.get("recipients");
        // (The seed scenario below adds organisations reaching Vårby, all with addresses, if it runs first.)
        assertThat(recipients.get("organizations").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(StreamSupport.stream(recipients.get("cannotBeReached").spliterator(), false)
                .filter(u -> List.of(addressed, unaddressed).contains(u.get("organizationId").asString()))
                .map(u -> u.get("organizationId").asString() + "/" + u.get("name").asString() + "/" + u.get("reason").asString()))
                .containsExactly(unaddressed + "/Vårby gårds seniorer/no-address");

        String notice = draft.get("notice").get("id").asString();
        NoticeReview.publish(http(communications), notice, draft);
        await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(smtp.getReceivedMessages())
                .anyMatch(m -> ADDRESS.equals(recipient(m))));
        JsonNode delivery = await().atMost(Duration.ofSeconds(30)).until(() -> deliveryOf(notice, addressed),
                d -> d != null && "DELIVERED".equals(d.get("status").asString()));
        assertThat(delivery.get("channels").toString()).contains("email");
    }

    @Test
    void afterTheSeedANoticeToEveryVerifiedOrganisationFailsNone() throws Exception {
        Path csv = seedFile();
        var upload = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                        + registry.getEnvironment().getProperty("local.server.port") + "/api/organizations/imports"))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofFile(csv)).build();
        JsonNode report;
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var answer = client.send(upload, java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            report = tools.jackson.databind.json.JsonMapper.builder().build().readTree(answer.body());
        }
        assertThat(report.get("rejected").asInt()).isZero();
        List<String> statuses = Files.readAllLines(csv).stream().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
        List<String> verified = new ArrayList<>();
        int row = 0;
        for (JsonNode r : report.get("rows")) {
            String id = r.get("organizationId").asString();
            switch (statuses.get(row++)) {
                case "VERIFIED" -> {
                    ok(http(registry).post("/api/organizations/" + id + "/verification", ADMIN, null));
                    verified.add(id);
                }
                case "SUSPENDED" -> {
                    ok(http(registry).post("/api/organizations/" + id + "/verification", ADMIN, null));
                    ok(http(registry).post("/api/organizations/" + id + "/suspension", ADMIN, json(Map.of("reason", "Seed: inaktiv"))));
                }
                default -> { }
            }
        }
        assertThat(verified).hasSize(28);
        OrganizationCopies copies = communications.getBean(OrganizationCopies.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> verified.stream()
                .allMatch(o -> copies.find(o).filter(copy -> "VERIFIED".equals(copy.status())).isPresent()));
        // Every address went on to communications without anyone entering it there.
        await().atMost(Duration.ofSeconds(60)).until(() -> verified.stream()
                .allMatch(o -> http(communications).get("/api/organizations/" + o + "/inbox", ADMIN).status() == 200));

        Map<String, Object> everywhere = new LinkedHashMap<>(notice());
        everywhere.put("areas", List.of("flemingsberg", "visattra", "varby", "skogas", "trangsund", "stuvsta", "segeltorp",
                "sjodalen-fullersta", "snattringe", "masmo", "huddinge-centrum"));
        everywhere.put("targetGroups", List.of());
        JsonNode draft = created(http(communications).post("/api/notices", OFFICER, json(everywhere)));
        assertThat(draft.get("recipients").get("organizations").asInt()).isGreaterThanOrEqualTo(verified.size());
        assertThat(StreamSupport.stream(draft.get("recipients").get("cannotBeReached").spliterator(), false)
                .map(u -> u.get("organizationId").asString())).doesNotContainAnyElementsOf(verified);

        String notice = draft.get("notice").get("id").asString();
        NoticeReview.publish(http(communications), notice, draft);
        await().atMost(Duration.ofSeconds(90)).until(() -> verified.stream().map(o -> deliveryOf(notice, o))
                .allMatch(d -> d != null && !"PENDING".equals(d.get("status").asString())));
        assertThat(verified.stream().map(o -> deliveryOf(notice, o).get("status").asString())).containsOnly("DELIVERED");
    }

    private static Path seedFile() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("infra/seed/huddinge-organisations.csv"))) {
            dir = dir.getParent();
        }
        return dir.resolve("infra/seed/huddinge-organisations.csv");
    }

    private static JsonNode deliveryOf(String notice, String organization) {
        var response = http(communications).get("/api/notices/" + notice + "/deliveries", OFFICER);
        if (response.status() != 200) {
            return null;
        }
        return StreamSupport.stream(response.json().get("deliveries").spliterator(), false)
                .filter(d -> organization.equals(d.get("organizationId").asString())).findFirst().orElse(null);
    }

    private static String register(String name, Map<String, String> noticeAddress) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "ASSOCIATION");
        body.put("reach", Map.of("areas", List.of("varby"), "languages", List.of("sv"), "targetGroups", List.of("older-people"),
                "channels", List.of(Map.of("kind", "in-person", "estimatedReach", 40))));
        if (noticeAddress != null) {
            body.put("noticeAddress", noticeAddress);
        }
        return created(http(registry).post("/api/organizations", null, json(body))).get("id").asString();
    }

    private static Map<String, Object> notice() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("incident", "Kokvattenrekommendation Vårby");
        body.put("category", "Health");
        body.put("urgency", "Expected");
        body.put("severity", "Moderate");
        body.put("certainty", "Likely");
        body.put("areas", List.of("varby"));
        body.put("targetGroups", List.of("older-people"));
        body.put("sourceLanguage", "sv");
        body.put("texts", Map.of("sv", Map.of("headline", "Koka vattnet", "body", "Koka dricksvattnet i tre minuter.",
                "instruction", "Koka vattnet")));
        body.put("media", List.of());
        return body;
    }

    /** The machine client's token endpoint: answers client credentials with a signed token carrying the forwarder role. */
    private static HttpServer tokenEndpoint() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/token", exchange -> {
            tokenRequests.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String token = TestTokens.token("service-account-samverkan-registry", List.of("notice-address-forwarder"), null);
            byte[] answer = ("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String recipient(Message m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
