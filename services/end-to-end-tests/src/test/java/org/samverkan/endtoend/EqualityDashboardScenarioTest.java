package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.samverkan.endtoend.InProcessServices.created;
import static org.samverkan.endtoend.InProcessServices.http;
import static org.samverkan.endtoend.InProcessServices.json;
import static org.samverkan.endtoend.InProcessServices.ok;
import static org.samverkan.endtoend.InProcessServices.start;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsApplication;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.followup.FollowUpApplication;
import org.samverkan.followup.dashboard.DashboardQueries;
import org.samverkan.inventory.InventoryApplication;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The equality dashboard over the Huddinge sample, end to end: the registry, the inventory, communications and
 * follow-up run as four applications, each with its own database, joined only by the real broker. A scenario is
 * seeded through their real APIs and the dashboard's figures are checked against numbers counted by hand.
 *
 * <p>Four organisations from infra/seed/huddinge-organisations.csv (reach as in the file):
 * <ul>
 *   <li>A Föreningen Somaliska Kvinnor i Flemingsberg — Flemingsberg, Visättra; so, sv; women, families with children</li>
 *   <li>B Flemingsbergs moské — Flemingsberg, Visättra; ar, so, sv; faith-community members, families with children</li>
 *   <li>C Eritreanska ortodoxa församlingen Huddinge — Flemingsberg, Masmo; ti, am; faith-community members, older people</li>
 *   <li>D Masmo Kvinnocenter — Masmo; ar, so, ckb; women, newly arrived — registered but left PENDING here</li>
 * </ul>
 * A, B and C are verified. A offers 10 volunteers (Flemingsberg, women, Somali); C offers 4 transport (Flemingsberg +
 * Masmo, older people, Tigrinya). Need N1 (transport ×2, Flemingsberg, older people, Tigrinya) is met by C's delivery
 * on a commitment, which keeps 2 of C's 4 reserved; need N2 (food ×5, Flemingsberg, families with children, any
 * language) stays open. A notice for Flemingsberg (older people, families with children; sv, so, ti) goes by SMS to A
 * (sv, so) and C (sv, ti); B's number is unreachable, so its delivery fails. C acknowledges, A relays it in Somali in
 * Flemingsberg (a relay report also acknowledges). A reports an observation (Flemingsberg, women, Somali), staff one
 * (Flemingsberg, any group); C reports a stigmatising rumour (Flemingsberg, older people, Tigrinya).
 */
class EqualityDashboardScenarioTest {
    private static final String STAFF = TestTokens.role("crisis-staff");
    private static final String ADMIN = TestTokens.role("registry-admin");
    private static final String OFFICER = TestTokens.role("communications-officer");
    private static final String EQUALITY_LEAD = TestTokens.role("equality-lead");
    private static final String UNREACHABLE = "+46709999999";
    private static ConfigurableApplicationContext registry;
    private static ConfigurableApplicationContext inventory;
    private static ConfigurableApplicationContext communications;
    private static ConfigurableApplicationContext followUp;
    private static String a, b, c, d, notice;

    @BeforeAll
    static void scenario() {
        registry = start(RegistryApplication.class, "e2e-dash-registry");
        inventory = start(InventoryApplication.class, "e2e-dash-inventory");
        communications = start(CommunicationsApplication.class, "e2e-dash-communications",
                "--samverkan.communications.token-secret=end-to-end-secret-of-at-least-32-bytes",
                "--samverkan.communications.sms.gateway=simulator",
                "--samverkan.communications.sms.simulator.unreachable=" + UNREACHABLE,
                "--samverkan.communications.delivery.retry-interval=100ms",
                "--samverkan.communications.delivery.sweep-interval=200ms");
        followUp = start(FollowUpApplication.class, "e2e-dash-followup");

        a = organization("Föreningen Somaliska Kvinnor i Flemingsberg", "ASSOCIATION", List.of("flemingsberg", "visattra"),
                List.of("so", "sv"), List.of("women", "families-with-children"), "whatsapp-group", 180);
        b = organization("Flemingsbergs moské", "FAITH_COMMUNITY", List.of("flemingsberg", "visattra"), List.of("ar", "so", "sv"),
                List.of("faith-community-members", "families-with-children"), "prayer-gathering", 900);
        c = organization("Eritreanska ortodoxa församlingen Huddinge", "FAITH_COMMUNITY", List.of("flemingsberg", "masmo"),
                List.of("ti", "am"), List.of("faith-community-members", "older-people"), "prayer-gathering", 350);
        d = organization("Masmo Kvinnocenter", "VOLUNTARY_GROUP", List.of("masmo"), List.of("ar", "so", "ckb"),
                List.of("women", "newly-arrived"), "in-person", 90);
        for (String verified : List.of(a, b, c)) {
            assertThat(http(registry).post("/api/organizations/" + verified + "/verification", ADMIN, null).status()).isEqualTo(200);
        }
        for (String verified : List.of(a, b, c)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> http(inventory).get("/api/organizations/" + verified, STAFF),
                    r -> r.status() == 200 && r.json().get("capacityCounts").asBoolean());
        }

        created(http(inventory).post("/api/offers", TestTokens.representative(a),
                json(offer("volunteers", 10, List.of("flemingsberg"), List.of("so"), List.of("women")))));
        String transport = created(http(inventory).post("/api/offers", TestTokens.representative(c),
                json(offer("transport", 4, List.of("flemingsberg", "masmo"), List.of("ti"), List.of("older-people"))))).get("id").asString();
        String n1 = created(http(inventory).post("/api/needs", STAFF,
                json(need("transport", 2, List.of("older-people"), List.of("ti"))))).get("id").asString();
        created(http(inventory).post("/api/needs", STAFF, json(need("food-delivery", 5, List.of("families-with-children"), List.of()))));
        String commitment = created(http(inventory).post("/api/commitments", STAFF,
                json(Map.of("needId", n1, "offerId", transport, "quantity", 2)))).get("id").asString();
        ok(http(inventory).post("/api/commitments/" + commitment + "/acceptance", TestTokens.representative(c), null));
        ok(http(inventory).post("/api/commitments/" + commitment + "/deliveries", TestTokens.representative(c),
                json(Map.of("quantity", 2))));

        inbox(a, "+46701110001");
        inbox(b, UNREACHABLE);
        inbox(c, "+46701110003");
        // Communications decides recipients from its own copy of the registry: wait until it knows all three verified.
        OrganizationCopies copies = communications.getBean(OrganizationCopies.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(a, b, c).stream()
                .allMatch(o -> copies.find(o).filter(copy -> "VERIFIED".equals(copy.status())).isPresent()));
        notice = publishNotice();
        await().atMost(Duration.ofSeconds(40)).until(() -> http(followUp).get("/api/reach/notices/" + notice, STAFF),
                r -> r.status() == 200 && r.json().get("deliveries").asLong() == 2 && r.json().get("failures").asLong() == 1);
        ok(http(communications).post("/api/notices/" + notice + "/deliveries/" + c + "/acknowledgement", TestTokens.representative(c), null));
        ok(http(communications).post("/api/notices/" + notice + "/deliveries/" + a + "/relays", TestTokens.representative(a),
                json(Map.of("people", 60, "language", "so", "channel", "whatsapp-group", "area", "flemingsberg"))));

        // Follow-up refuses a representative of an organisation it knows as pending: wait until its copy says verified.
        DashboardQueries followUpKnowledge = followUp.getBean(DashboardQueries.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> List.of(a, c).stream().allMatch(o -> followUpKnowledge.organizationNow(o)
                .filter(fact -> "VERIFIED".equals(fact.status())).isPresent()));
        created(http(followUp).post("/api/observations", TestTokens.representative(a), json(observation(List.of("women"), List.of("so")))));
        created(http(followUp).post("/api/observations", STAFF, json(observation(List.of(), List.of()))));
        Map<String, Object> rumour = new LinkedHashMap<>();
        rumour.put("text", "Det sägs att de äldre i församlingen sprider smittan");
        rumour.put("language", "ti");
        rumour.put("channel", "word-of-mouth");
        rumour.put("areas", List.of("flemingsberg"));
        rumour.put("targetGroups", List.of("older-people"));
        rumour.put("stigmatising", true);
        created(http(followUp).post("/api/rumours", TestTokens.representative(c), json(rumour)));

        // The last events of the scenario: the relay and the rumour have reached the dashboard.
        await().atMost(Duration.ofSeconds(30)).until(() -> http(followUp).get("/api/reach/notices/" + notice, STAFF).json(),
                r -> r.get("relays").asLong() == 1 && r.get("acknowledgements").asLong() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> total(matrix("targetGroup"), "flemingsberg"),
                t -> t.get("rumours").asLong() == 1 && t.get("observations").asLong() == 2 && t.get("needsMet").asLong() == 1
                        && t.get("offers").asLong() == 2 && t.get("organizationsReaching").asLong() == 3);
    }

    @AfterAll
    static void stop() {
        // In reverse order of starting; a service whose start failed is not there to close.
        Stream.of(followUp, communications, inventory, registry).filter(Objects::nonNull).forEach(ConfigurableApplicationContext::close);
    }

    // Metric order: organizationsReaching, capacityAvailable, offers, needsOpen, needsMet, noticesReached, observations,
    // rumours, stigmatisingRumours.

    @Test
    void areaByTargetGroupMatchesTheFiguresCountedByHand() {
        JsonNode matrix = matrix("targetGroup");
        // C only; C's transport offer with 2 of 4 left; N1 met; the notice reached C; staff's observation (any group);
        // C's stigmatising rumour.
        assertThat(metrics(cell(matrix, "flemingsberg", "older-people"))).containsExactly(1L, 2L, 1L, 0L, 1L, 1L, 1L, 1L, 1L);
        // A and B; no offer for the group; N2 open; the notice reached A (B's delivery failed); staff's observation.
        assertThat(metrics(cell(matrix, "flemingsberg", "families-with-children"))).containsExactly(2L, 0L, 0L, 1L, 0L, 1L, 1L, 0L, 0L);
        // A; A's 10 volunteers; the notice did not target women; A's observation and staff's.
        assertThat(metrics(cell(matrix, "flemingsberg", "women"))).containsExactly(1L, 10L, 1L, 0L, 0L, 0L, 2L, 0L, 0L);
        // D is not verified: nobody reaches women in Masmo.
        assertThat(metrics(cell(matrix, "masmo", "women"))).containsOnly(0L);
    }

    @Test
    void areaTotalsCountEachOrganisationOnce() {
        JsonNode matrix = matrix("targetGroup");
        // A, B, C (each reaching two groups, counted once); 10 + 2 available in two offers; N2 open, N1 met; one notice;
        // two observations; one rumour, stigmatising.
        assertThat(metrics(total(matrix, "flemingsberg"))).containsExactly(3L, 12L, 2L, 1L, 1L, 1L, 2L, 1L, 1L);
        // C (D pending); C's offer also covers Masmo; the notice did not target Masmo.
        assertThat(metrics(total(matrix, "masmo"))).containsExactly(1L, 2L, 1L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void areaByLanguageMatchesTheFiguresCountedByHand() {
        JsonNode matrix = matrix("language");
        // A and B; A's offer; N2 (any language) open; delivered to A in Somali and relayed in Somali; both observations.
        assertThat(metrics(cell(matrix, "flemingsberg", "so"))).containsExactly(2L, 10L, 1L, 1L, 0L, 1L, 2L, 0L, 0L);
        // C; C's offer; N2 open, N1 met; delivered to C in Tigrinya; staff's observation; C's rumour in Tigrinya.
        assertThat(metrics(cell(matrix, "flemingsberg", "ti"))).containsExactly(1L, 2L, 1L, 1L, 1L, 1L, 1L, 1L, 1L);
        // B works in Arabic, but its delivery failed: no notice reached Arabic speakers.
        assertThat(metrics(cell(matrix, "flemingsberg", "ar"))).containsExactly(1L, 0L, 0L, 1L, 0L, 0L, 1L, 0L, 0L);
    }

    @Test
    void reachFollowUpShowsWhatTheNoticeReached() {
        JsonNode reach = http(followUp).get("/api/reach/notices/" + notice, EQUALITY_LEAD).json();
        assertThat(codes(reach.get("areas").get("reached"))).containsExactly("flemingsberg");
        assertThat(reach.get("areas").get("share").asDouble()).isEqualTo(1.0);
        // A reaches families with children, C older people: both targeted groups.
        assertThat(codes(reach.get("targetGroups").get("reached"))).containsExactlyInAnyOrder("older-people", "families-with-children");
        assertThat(codes(reach.get("languages").get("reached"))).contains("sv", "so", "ti");
        // C acknowledged; A's relay report acknowledges its delivery too (via "relay"); B's delivery failed.
        assertThat(List.of(reach.get("deliveries").asLong(), reach.get("acknowledgements").asLong(), reach.get("relays").asLong(),
                reach.get("failures").asLong())).containsExactly(2L, 2L, 1L, 1L);
    }

    @Test
    void theReportLoopSeesTheOrganisationsThatContributed() {
        LocalDate today = followUp.getBean(DashboardQueries.class).today();
        // A registered an offer, relayed and observed; C registered an offer, delivered, acknowledged and reported a
        // rumour. B only failed to receive; D did nothing. (Other tests in this JVM may add organisations of their own.)
        assertThat(followUp.getBean(DashboardQueries.class).contributingOrganizations(today.minusDays(1), today))
                .contains(a, c).doesNotContain(b, d);
    }

    private static String publishNotice() {
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String language : List.of("sv", "so", "ti")) {
            texts.put(language, Map.of("headline", "Värmebölja " + language, "body", "Drick vatten och håll dig i skuggan.",
                    "instruction", "Ring 1177 vid behov"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("incident", "Värmebölja 2026");
        body.put("category", "Health");
        body.put("urgency", "Expected");
        body.put("severity", "Moderate");
        body.put("certainty", "Likely");
        body.put("areas", List.of("flemingsberg"));
        body.put("targetGroups", List.of("older-people", "families-with-children"));
        body.put("sourceLanguage", "sv");
        body.put("texts", texts);
        body.put("media", List.of());
        JsonNode draft = created(http(communications).post("/api/notices", OFFICER, json(body)));
        String id = draft.get("notice").get("id").asString();
        NoticeReview.publish(http(communications), id, draft);
        return id;
    }

    private static String organization(String name, String kind, List<String> areas, List<String> languages, List<String> groups,
                                       String channel, int people) {
        Map<String, Object> body = Map.of("name", name, "kind", kind, "reach", Map.of("areas", areas, "languages", languages,
                "targetGroups", groups, "channels", List.of(Map.of("kind", channel, "estimatedReach", people))));
        return created(http(registry).post("/api/organizations", null, json(body))).get("id").asString();
    }

    private static void inbox(String organization, String sms) {
        ok(http(communications).send("PUT", "/api/organizations/" + organization + "/inbox",
                TestTokens.representative(organization), json(Map.of("sms", sms)), Map.of()));
    }

    private static Map<String, Object> offer(String type, int quantity, List<String> areas, List<String> languages, List<String> groups) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resourceType", type);
        body.put("description", type + " från föreningen");
        body.put("quantity", quantity);
        body.put("unit", "st");
        body.put("availableFrom", Instant.now().minusSeconds(3600).toString());
        body.put("areas", areas);
        body.put("languages", languages);
        body.put("targetGroups", groups);
        return body;
    }

    private static Map<String, Object> need(String type, int quantity, List<String> groups, List<String> languages) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resourceType", type);
        body.put("description", type + " behövs");
        body.put("quantity", quantity);
        body.put("unit", "st");
        body.put("areas", List.of("flemingsberg"));
        body.put("targetGroups", groups);
        body.put("languages", languages);
        body.put("urgency", "HIGH");
        body.put("neededBy", Instant.now().plusSeconds(7 * 86_400).toString());
        return body;
    }

    private static Map<String, Object> observation(List<String> groups, List<String> languages) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("area", "flemingsberg");
        body.put("targetGroups", groups);
        body.put("languages", languages);
        body.put("category", "isolation");
        body.put("description", "Många äldre har inte varit ute på flera veckor");
        body.put("severity", "MEDIUM");
        body.put("observedOn", LocalDate.now().toString());
        return body;
    }

    private static JsonNode matrix(String columns) {
        return ok(http(followUp).get("/api/dashboard/matrix?columns=" + columns, STAFF));
    }

    private static JsonNode cell(JsonNode matrix, String area, String column) {
        return StreamSupport.stream(matrix.get("cells").spliterator(), false)
                .filter(x -> x.get("area").asString().equals(area) && x.get("column").asString().equals(column)).findFirst().orElseThrow();
    }

    private static JsonNode total(JsonNode matrix, String area) {
        return StreamSupport.stream(matrix.get("areaTotals").spliterator(), false)
                .filter(x -> x.get("area").asString().equals(area)).findFirst().orElseThrow();
    }

    private static List<Long> metrics(JsonNode node) {
        List<Long> values = new ArrayList<>();
        for (String name : List.of("organizationsReaching", "capacityAvailable", "offers", "needsOpen", "needsMet",
                "noticesReached", "observations", "rumours", "stigmatisingRumours")) {
            values.add(node.get(name).asLong());
        }
        return values;
    }

    private static List<String> codes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
