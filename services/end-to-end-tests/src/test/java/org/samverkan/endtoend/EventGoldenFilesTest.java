package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.samverkan.endtoend.InProcessServices.created;
import static org.samverkan.endtoend.InProcessServices.http;
import static org.samverkan.endtoend.InProcessServices.json;
import static org.samverkan.endtoend.InProcessServices.ok;
import static org.samverkan.endtoend.InProcessServices.start;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsApplication;
import org.samverkan.communications.delivery.SimulatedSmsGateway;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.followup.FollowUpApplication;
import org.samverkan.followup.dashboard.DashboardQueries;
import org.samverkan.inventory.InventoryApplication;
import org.samverkan.platform.consumer.DeadLetters;
import org.samverkan.platform.events.EventType;
import org.samverkan.platform.test.EventCatalogue;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Every event type's Kafka record, exactly as the four services publish it today, against a golden file: the same
 * topic, key, headers (names, order, number and values) and JSON payload (field names, order and values; one map
 * whose order the code does not fix is compared by its entries, see {@link CanonicalRecord}). It guards
 * the wire contract of docs/asyncapi.yaml while the event plumbing underneath changes (e.g. a move of the outbox
 * relay and the consumers onto Spring Cloud Stream): an extra header such as {@code contentType},
 * {@code spring_json_header_types} or {@code id}, a renamed or reordered header, a differently written payload — each
 * fails here, with a diff naming the event type.
 *
 * <p>The registry, the inventory, communications and follow-up run in this JVM on one broker and one store, and are
 * driven through their real HTTP APIs until each of them has published every event type it has. The first record of
 * each {@code ce_type} (by {@code ce_time}) is then turned into a canonical document ({@link CanonicalRecord}: what
 * differs per run — ids, instants, today's dates, the trace — becomes a placeholder) and compared with
 * {@value GoldenFiles#DIRECTORY}/&lt;ce_type's simple name&gt;.json. A type listed in the catalogue or annotated with
 * {@link EventType} that was not produced, or has no golden file, fails too. Records that earlier test classes in
 * this JVM left on the shared broker are not read: only what was published after the test began counts.
 *
 * <p><b>Regenerating.</b> {@code -Dgolden.update=true} rewrites the golden files from this run instead of comparing:
 * <pre>
 * ./mvnw -pl services/end-to-end-tests -am test -Dtest=EventGoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 * Do that only for an intended contract change (a new event type, a field added under the additive-evolution rule of
 * docs/events.md), and review the rewritten files in the diff like code. A change of plumbing must pass without it.
 */
class EventGoldenFilesTest {
    /** How long an event-driven step may take: generous, since CI runs this beside the browser suite on two cores. */
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final String STAFF = TestTokens.role("crisis-staff");
    private static final String ADMIN = TestTokens.role("registry-admin");
    private static final String OFFICER = TestTokens.role("communications-officer");
    private static final String EQUALITY_LEAD = TestTokens.role("equality-lead");
    private static final String SMS_A = "+46701110001";
    private static final String UNREACHABLE = "+46709999999";
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/public/\\S+)");
    private static final GoldenFiles GOLDEN = GoldenFiles.ofThisRepository();
    private static ConfigurableApplicationContext registry;
    private static ConfigurableApplicationContext inventory;
    private static ConfigurableApplicationContext communications;
    private static ConfigurableApplicationContext followUp;
    /** a: a verified association that offers, receives notices, observes and comments; b: a partner it cannot reach by SMS. */
    private static String a, b;
    private static Set<String> expectedTypes;
    private static List<ConsumerRecord<String, byte[]>> records;
    private static Map<String, ConsumerRecord<String, byte[]>> firstOfEachType;
    private static Set<LocalDate> runDays;

    @BeforeAll
    static void publishEveryEventTypeThroughTheServicesApis() {
        BrokerRecords broker = BrokerRecords.markNow();
        runDays = runDays();
        registry = start(RegistryApplication.class, "e2e-golden-registry");
        inventory = start(InventoryApplication.class, "e2e-golden-inventory");
        communications = start(CommunicationsApplication.class, "e2e-golden-communications",
                "--samverkan.communications.token-secret=end-to-end-secret-of-at-least-32-bytes",
                "--samverkan.communications.sms.gateway=simulator",
                "--samverkan.communications.sms.simulator.unreachable=" + UNREACHABLE,
                "--samverkan.communications.delivery.retry-interval=100ms",
                "--samverkan.communications.delivery.sweep-interval=200ms");
        followUp = start(FollowUpApplication.class, "e2e-golden-followup");

        organisationsRegisteredChangedVerifiedSuspendedAndMerged();
        String report = reportSharedCommentedAndAnswered();
        offerAndNeedCommittedDeliveredDeclinedClosedAndWithdrawn();
        noticeDeliveredFailedAcknowledgedRelayedUpdatedAndCancelled();
        situationUpdatePublished();
        translationAskedAndSent();
        observationAndRumourAnsweredByACounterMessage();
        compensatoryMeasureRecordedAndChanged();
        retryUntilOk(() -> http(followUp).post("/api/reports/" + report + "/publication", EQUALITY_LEAD,
                json(fields("conclusions", "Nästa gång skickas informationen på somaliska samma dag"))));

        expectedTypes = expectedTypes();
        records = awaitEvery(expectedTypes, broker);
        firstOfEachType = firstOfEachType(records);
        if (UPDATE) {
            firstOfEachType.forEach((type, record) -> GOLDEN.write(type, CanonicalRecord.of(record, runDays)));
        }
    }

    @AfterAll
    static void stop() {
        // In reverse order of starting; a service whose start failed is not there to close.
        Stream.of(followUp, communications, inventory, registry).filter(Objects::nonNull).forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void everyEventTypeOfTheCatalogueAndTheCodeWasPublishedAndHasAGoldenFile() {
        List<String> problems = new ArrayList<>();
        Set<String> types = new TreeSet<>(expectedTypes);
        types.addAll(firstOfEachType.keySet());
        for (String type : types) {
            if (!firstOfEachType.containsKey(type)) {
                problems.add(type + " was not published by the scenario (or its records lack the ce_type header)");
            }
            if (GOLDEN.read(type).isEmpty()) {
                problems.add(type + " has no golden file " + GOLDEN.fileOf(type) + " (run with -Dgolden.update=true to capture it)");
            }
        }
        Set<String> known = types.stream().map(GoldenFiles::fileName).collect(Collectors.toSet());
        GOLDEN.fileNames().stream().filter(name -> !known.contains(name))
                .forEach(name -> problems.add("golden file " + name + " belongs to no event type of the catalogue or the code"));
        records.stream().filter(r -> header(r, "ce_type") == null).map(ConsumerRecord::topic).distinct()
                .forEach(topic -> problems.add("a record on " + topic + " has no ce_type header"));
        assertThat(problems).as("Event types without a golden record").isEmpty();
    }

    @Test
    void everyEventTypesRecordIsExactlyAsInItsGoldenFile() {
        List<String> differences = new ArrayList<>();
        firstOfEachType.forEach((type, record) -> {
            String actual = CanonicalRecord.of(record, runDays);
            GOLDEN.read(type).filter(expected -> !expected.equals(actual)).ifPresent(expected -> differences.add(
                    type + " differs from " + GOLDEN.fileOf(type) + " (- golden, + published):\n" + GoldenFiles.diff(expected, actual)));
        });
        if (!differences.isEmpty()) {
            fail(differences.size() + " event type(s) no longer published as in their golden file:\n\n" + String.join("\n", differences));
        }
    }

    @Test
    void noConsumerDeadLetteredARecordOfTheScenario() {
        assertThat(records.stream().filter(r -> r.topic().endsWith(DeadLetters.SUFFIX))
                .map(r -> r.topic() + " " + header(r, "ce_type") + " " + header(r, "kafka_dlt-exception-message")))
                .isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ registry

    private static void organisationsRegisteredChangedVerifiedSuspendedAndMerged() {
        a = register("Föreningen Somaliska Kvinnor i Flemingsberg", "ASSOCIATION", "802470-0018",
                "Kvinnoförening för somaliska familjer", reach(List.of("flemingsberg", "visattra"), List.of("so", "sv"),
                        List.of("women", "families-with-children"), channel("whatsapp-group", 180)));
        ok(http(registry).send("PUT", "/api/organizations/" + a + "/profile", TestTokens.representative(a), json(fields(
                "name", "Föreningen Somaliska Kvinnor i Flemingsberg",
                "description", "Kvinnoförening för somaliska familjer i Flemingsberg och Visättra",
                "reach", reach(List.of("flemingsberg", "visattra"), List.of("so", "sv"), List.of("women", "families-with-children"),
                        channel("whatsapp-group", 180), channel("in-person", 60)),
                "contactPoints", List.of(fields("kind", "WEBSITE", "value", "https://foreningensomaliskak.example.se")))), Map.of()));
        b = register("Flemingsbergs moské", "FAITH_COMMUNITY", "252450-0028", null, reach(List.of("flemingsberg", "visattra"),
                List.of("ar", "so", "sv"), List.of("faith-community-members", "families-with-children"), channel("prayer-gathering", 900)));
        String duplicate = register("Somaliska kvinnoföreningen Flemingsberg", "ASSOCIATION", null, null,
                reach(List.of("flemingsberg"), List.of("so"), List.of("women"), channel("phone-chain", 40)));
        String closing = register("Masmo Kvinnocenter", "VOLUNTARY_GROUP", null, null,
                reach(List.of("masmo"), List.of("ar", "so", "ckb"), List.of("women", "newly-arrived"), channel("in-person", 90)));
        for (String verified : List.of(a, b, closing)) {
            ok(http(registry).post("/api/organizations/" + verified + "/verification", ADMIN, null));
        }
        ok(http(registry).post("/api/organizations/" + closing + "/suspension", ADMIN, json(fields("reason", "Verksamheten har upphört"))));
        ok(http(registry).post("/api/organizations/" + a + "/merge", ADMIN, json(fields("mergedId", duplicate))));
    }

    private static String register(String name, String kind, String number, String description, Map<String, Object> reach) {
        return created(http(registry).post("/api/organizations", null, json(fields("name", name, "kind", kind,
                "organizationNumber", number, "description", description, "reach", reach)))).get("id").asString();
    }

    private static Map<String, Object> reach(List<String> areas, List<String> languages, List<String> groups, Object... channels) {
        return fields("areas", areas, "languages", languages, "targetGroups", groups, "channels", List.of(channels));
    }

    private static Map<String, Object> channel(String kind, int people) {
        return fields("kind", kind, "estimatedReach", people);
    }

    // ----------------------------------------------------------------------------------------------- inventory

    private static void offerAndNeedCommittedDeliveredDeclinedClosedAndWithdrawn() {
        String representative = TestTokens.representative(a);
        await().atMost(EVENTUALLY).until(() -> http(inventory).get("/api/organizations/" + a, STAFF),
                r -> r.status() == 200 && r.json().get("capacityCounts").asBoolean());
        String offer = created(http(inventory).post("/api/offers", representative, json(offer(10)))).get("id").asString();
        ok(http(inventory).send("PUT", "/api/offers/" + offer, representative, json(offer(12)), Map.of()));
        String need = created(http(inventory).post("/api/needs", STAFF, json(need(4)))).get("id").asString();
        ok(http(inventory).send("PUT", "/api/needs/" + need, STAFF, json(need(5)), Map.of()));

        String delivered = propose(need, offer, 3);
        ok(http(inventory).post("/api/commitments/" + delivered + "/acceptance", representative, null));
        ok(http(inventory).post("/api/commitments/" + delivered + "/deliveries", representative, json(fields("quantity", 3))));
        String declined = propose(need, offer, 2);
        ok(http(inventory).post("/api/commitments/" + declined + "/decline", representative,
                json(fields("reason", "Inga fler volontärer lediga i helgen"))));

        ok(http(inventory).post("/api/needs/" + need + "/closure", STAFF, json(fields("reason", "Kommunens personal tog resten"))));
        ok(http(inventory).post("/api/offers/" + offer + "/withdrawal", representative, null));
    }

    private static Map<String, Object> offer(int quantity) {
        return fields("resourceType", "volunteers", "description", "Volontärer som talar somaliska", "quantity", quantity,
                "unit", "personer", "availableFrom", Instant.now().minus(Duration.ofHours(1)).toString(),
                "availableUntil", Instant.now().plus(Duration.ofDays(30)).toString(), "areas", List.of("flemingsberg"),
                "languages", List.of("so", "sv"), "targetGroups", List.of("women", "older-people"));
    }

    private static Map<String, Object> need(int quantity) {
        return fields("resourceType", "volunteers", "description", "Volontärer som ringer äldre somaliska kvinnor",
                "quantity", quantity, "unit", "personer", "areas", List.of("flemingsberg"), "targetGroups", List.of("older-people"),
                "languages", List.of("so"), "urgency", "HIGH", "neededBy", Instant.now().plus(Duration.ofDays(7)).toString());
    }

    private static String propose(String need, String offer, int quantity) {
        return created(http(inventory).post("/api/commitments", STAFF,
                json(fields("needId", need, "offerId", offer, "quantity", quantity)))).get("id").asString();
    }

    // ------------------------------------------------------------------------------------------ communications

    /**
     * A notice goes to A by SMS and fails for B; A acknowledges and reports a relay with the signed link from its SMS,
     * as an intermediary without an account would. An update then replaces the notice, and is cancelled.
     */
    private static void noticeDeliveredFailedAcknowledgedRelayedUpdatedAndCancelled() {
        inbox(a, SMS_A);
        inbox(b, UNREACHABLE);
        // Communications decides recipients from its own copy of the registry.
        OrganizationCopies copies = communications.getBean(OrganizationCopies.class);
        await().atMost(EVENTUALLY).until(() -> Stream.of(a, b)
                .allMatch(o -> copies.find(o).filter(copy -> "VERIFIED".equals(copy.status())).isPresent()));

        String notice = publishNotice(null, "Värmebölja i Flemingsberg");
        String link = await().atMost(EVENTUALLY).until(() -> linkSentTo(SMS_A, notice), Objects::nonNull);
        await().atMost(EVENTUALLY).until(() -> http(communications).get("/api/notices/" + notice + "/deliveries", OFFICER),
                r -> r.status() == 200 && r.json().get("byStatus").has("FAILED"));
        String delivery = "/deliveries/" + a + "?";
        ok(http(communications).post(link.replace(delivery, "/deliveries/" + a + "/acknowledgement?"), null, null));
        ok(http(communications).post(link.replace(delivery, "/deliveries/" + a + "/relays?"), null,
                json(fields("people", 60, "language", "so", "channel", "whatsapp-group", "area", "flemingsberg"))));

        String update = publishNotice(notice, "Värmebölja i Flemingsberg: kylrum öppnar");
        ok(http(communications).post("/api/notices/" + update + "/cancellation", OFFICER, json(fields("reason", "Värmen har avtagit"))));
    }

    /**
     * A draft lacks Somali: A is asked for a translation and its volunteer sends one through the signed link (A has
     * only an SMS address, so the link is issued here as the request's e-mail would carry it).
     */
    private static void translationAskedAndSent() {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("sv", fields("headline", "Kylrum öppnar i Flemingsberg", "body", "Biblioteket är öppet som kylrum.",
                "instruction", "Ta med vatten"));
        JsonNode draft = created(http(communications).post("/api/notices", OFFICER, json(fields(
                "incident", "Värmebölja 2026", "category", "Health", "urgency", "Expected", "severity", "Moderate",
                "certainty", "Likely", "areas", List.of("flemingsberg"), "targetGroups", List.of(), "sourceLanguage", "sv",
                "texts", texts))));
        String notice = draft.get("notice").get("id").asString();
        String request = created(http(communications).post("/api/notices/" + notice + "/translation-requests", OFFICER,
                json(fields("language", "so", "organizationIds", List.of(a))))).get("id").asString();
        String token = communications.getBean(org.samverkan.communications.delivery.AckTokens.class)
                .issue("translation-request:" + request, a);
        String form = "token=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8)
                + "&headline=Qol+qabow+ayaa+laga+furay&body=Maktabaddu+waa+qol+qabow.&instruction=Biyo+keen";
        int port = ((org.springframework.boot.web.server.context.WebServerApplicationContext) communications).getWebServer().getPort();
        java.net.http.HttpResponse<String> sent = send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                        + port + "/public/translation-requests/" + request + "/" + a + "/translation"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    }

    private static java.net.http.HttpResponse<String> send(java.net.http.HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void inbox(String organization, String sms) {
        ok(http(communications).send("PUT", "/api/organizations/" + organization + "/inbox",
                TestTokens.representative(organization), json(fields("sms", sms)), Map.of()));
    }

    private static String publishNotice(String replaces, String headline) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("sv", fields("headline", headline, "body", "Drick vatten och håll dig i skuggan.", "instruction", "Ring 1177 vid behov"));
        texts.put("so", fields("headline", "Kulayl xad dhaaf ah", "body", "Biyo cab oo hooska ku jir.", "instruction", "Wac 1177"));
        JsonNode draft = created(http(communications).post("/api/notices", OFFICER, json(fields(
                "incident", "Värmebölja 2026", "category", "Health", "urgency", "Expected", "severity", "Moderate",
                "certainty", "Likely", "areas", List.of("flemingsberg"), "targetGroups", List.of("families-with-children", "women"),
                "sourceLanguage", "sv", "texts", texts,
                "media", List.of(fields("kind", "AUDIO", "language", "so", "url", "https://huddinge.example.se/ljud/varmebolja-so.mp3")),
                "replaces", replaces))));
        String id = draft.get("notice").get("id").asString();
        NoticeReview.publish(http(communications), id, draft);
        return id;
    }

    /** The path of the signed link in the SMS the simulator recorded for this number and notice, or null. */
    private static String linkSentTo(String number, String notice) {
        return communications.getBean(SimulatedSmsGateway.class).sent().stream()
                .filter(sms -> sms.number().equals(number) && sms.text().contains("/public/notices/" + notice + "/"))
                .map(sms -> LINK.matcher(sms.text())).filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null);
    }

    private static void situationUpdatePublished() {
        created(http(communications).post("/api/situation-updates", STAFF, json(fields(
                "incident", "Värmebölja 2026", "title", "Lägesbild 2: värmen håller i sig",
                "situation", "Temperaturen väntas ligga över 30 grader i tre dagar till.",
                "measuresTaken", "Kylrum har öppnat i Flemingsbergs bibliotek.",
                "nextSteps", "Hemtjänsten ringer alla över 80 år.", "areas", List.of("flemingsberg"),
                "targetGroups", List.of("older-people"), "severity", "Moderate"))));
    }

    // ------------------------------------------------------------------------------------------------ follow-up

    /**
     * A report on a past month (its frozen figures are then the same in every run), shared with A, commented on by A
     * and answered; it is published once the comment deadline has passed, at the end of the scenario.
     */
    private static String reportSharedCommentedAndAnswered() {
        String report = created(http(followUp).post("/api/reports", EQUALITY_LEAD, json(fields(
                "title", "Uppföljning november 2026", "summary", "Informationen nådde familjer i Flemingsberg men sent.",
                "from", "2026-11-01", "to", "2026-11-30", "commentDeadline", Instant.now().plus(Duration.ofHours(1)).toString()))))
                .get("id").asString();
        // The dashboard must know A from the registry's topic before the report can be shared with it, and know it
        // verified before A's representative may comment (follow-up refuses a representative of a pending organisation).
        DashboardQueries followUpKnowledge = followUp.getBean(DashboardQueries.class);
        await().atMost(Duration.ofSeconds(30)).until(() -> followUpKnowledge.organizationNow(a)
                .filter(f -> "VERIFIED".equals(f.status())).isPresent());
        retryUntilOk(() -> http(followUp).post("/api/reports/" + report + "/sharing", EQUALITY_LEAD, json(fields(
                "alsoShareWith", List.of(a), "commentDeadline", Instant.now().plus(Duration.ofSeconds(4)).toString()))));
        JsonNode commented = ok(http(followUp).post("/api/reports/" + report + "/comments", TestTokens.representative(a),
                json(fields("text", "Vi hade behövt texten på somaliska en dag tidigare."))));
        String comment = commented.get("comments").get(0).get("id").asString();
        ok(http(followUp).post("/api/reports/" + report + "/comments/" + comment + "/answer", EQUALITY_LEAD,
                json(fields("text", "Tack, vi översätter parallellt nästa gång."))));
        return report;
    }

    /** A rumour goes from reported through verifying to debunked; its counter-message is drafted, reviewed and published. */
    private static void observationAndRumourAnsweredByACounterMessage() {
        String representative = TestTokens.representative(a);
        created(http(followUp).post("/api/observations", representative, json(fields(
                "area", "flemingsberg", "targetGroups", List.of("women", "older-people"), "languages", List.of("so"),
                "category", "isolation", "description", "Äldre kvinnor går inte ut i värmen och missar information",
                "severity", "MEDIUM", "observedOn", "2026-11-28"))));
        String rumour = created(http(followUp).post("/api/rumours", representative, json(fields(
                "text", "Det sägs att kranvattnet i Flemingsberg är förgiftat", "language", "so", "channel", "word-of-mouth",
                "areas", List.of("flemingsberg"), "targetGroups", List.of("families-with-children"), "stigmatising", false))))
                .get("id").asString();
        ok(http(followUp).post("/api/rumours/" + rumour + "/status", EQUALITY_LEAD,
                json(fields("status", "VERIFYING", "note", "Miljöförvaltningen tar prover"))));
        ok(http(followUp).post("/api/rumours/" + rumour + "/status", EQUALITY_LEAD,
                json(fields("status", "DEBUNKED", "note", "Proverna visar att vattnet är rent"))));
        ok(http(followUp).post("/api/rumours/" + rumour + "/counter-message", OFFICER,
                json(fields("summary", "Kranvattnet i Flemingsberg är säkert att dricka", "languages", List.of("so")))));

        String notice = "counter-" + rumour;
        JsonNode draft = await().atMost(EVENTUALLY)
                .until(() -> http(communications).get("/api/notices/" + notice, OFFICER), r -> r.status() == 200).json();
        NoticeReview.publish(http(communications), notice, draft);
    }

    private static void compensatoryMeasureRecordedAndChanged() {
        String measure = created(http(followUp).post("/api/measures", STAFF, json(measure("ACTIVE", null)))).get("id").asString();
        ok(http(followUp).send("PUT", "/api/measures/" + measure, STAFF, json(measure("ENDED", "2026-11-30")), Map.of()));
    }

    private static Map<String, Object> measure(String status, String endsOn) {
        return fields("pausedService", "Dagverksamhet för äldre i Flemingsberg", "reduction", "PAUSED",
                "areas", List.of("flemingsberg"), "targetGroups", List.of("older-people"),
                "compensatingAction", "Hemtjänsten ringer deltagarna varje dag", "responsibleUnit", "Äldreförvaltningen",
                "status", status, "startsOn", "2026-11-23", "endsOn", endsOn);
    }

    // ------------------------------------------------------------------------------------------------ records

    /** The ce_type of every message in docs/asyncapi.yaml and of every @EventType record on the classpath. */
    private static Set<String> expectedTypes() {
        Set<String> types = new TreeSet<>(EventCatalogue.load().eventTypes());
        EventCatalogue.eventClassesIn("org.samverkan").forEach(c -> types.add(c.getAnnotation(EventType.class).value()));
        return types;
    }

    /** The records since the mark, once every expected type is among them (or after a minute, to report what is missing). */
    private static List<ConsumerRecord<String, byte[]>> awaitEvery(Set<String> types, BrokerRecords broker) {
        try {
            return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(broker::sinceMark, found -> typesOf(found).containsAll(types));
        } catch (ConditionTimeoutException e) {
            return broker.sinceMark(); // the tests name what is missing
        }
    }

    private static Set<String> typesOf(List<ConsumerRecord<String, byte[]>> found) {
        return found.stream().map(r -> header(r, "ce_type")).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /**
     * The first record of each ce_type by event time, dead-letter topics aside. The scenario makes that choice
     * deterministic: it waits for what it causes asynchronously before causing another event of the same type.
     */
    private static Map<String, ConsumerRecord<String, byte[]>> firstOfEachType(List<ConsumerRecord<String, byte[]>> found) {
        Map<String, ConsumerRecord<String, byte[]>> first = new TreeMap<>();
        found.stream().filter(r -> !r.topic().endsWith(DeadLetters.SUFFIX)).filter(r -> header(r, "ce_type") != null)
                .sorted(Comparator.comparing(EventGoldenFilesTest::eventTime))
                .forEach(r -> first.putIfAbsent(header(r, "ce_type"), r));
        return first;
    }

    private static Instant eventTime(ConsumerRecord<String, byte[]> record) {
        try {
            return Instant.parse(Objects.requireNonNull(header(record, "ce_time")));
        } catch (NullPointerException | DateTimeParseException noEventTime) {
            return Instant.ofEpochMilli(record.timestamp());
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Today, yesterday and tomorrow in UTC and in the municipality's zone: the dates a service could take from its clock. */
    private static Set<LocalDate> runDays() {
        Set<LocalDate> days = new TreeSet<>();
        for (ZoneId zone : List.of(ZoneOffset.UTC, ZoneId.of("Europe/Stockholm"))) {
            LocalDate today = LocalDate.now(zone);
            days.addAll(List.of(today.minusDays(1), today, today.plusDays(1)));
        }
        return days;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** A request body whose fields keep their order (maps inside events, such as a notice's texts, keep it too). */
    private static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /** Calls until the answer is 200 (what it waits for arrives asynchronously); fails with the last answer. */
    private static JsonNode retryUntilOk(Supplier<Response> call) {
        Response[] last = new Response[1];
        try {
            await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250)).until(() -> (last[0] = call.get()).status() == 200);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Still " + last[0].status() + " after 30 s: " + last[0].body(), e);
        }
        return last[0].json();
    }
}
