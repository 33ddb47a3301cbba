package org.samverkan.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.platform.consumer.Outcome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard built through the real broker and store from the March fixture, checked against figures counted by
 * hand. Metric order in the expectations: organizationsReaching, capacityAvailable, offers, needsOpen, needsMet,
 * noticesReached, observations, rumours, stigmatisingRumours.
 */
class DashboardProjectionTest extends FollowUpIntegrationBase {
    static final String WINDOW = "&from=" + MarchFixture.FROM + "&to=" + MarchFixture.TO;
    @Autowired
    DashboardQueries queries;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Generations generations;
    @Autowired
    Timelines timelines;

    @BeforeEach
    void fixture() {
        MarchFixture.publishOnce();
        ConsumerLag.awaitCaughtUp("follow-up");
    }

    @Test
    void areaByTargetGroupCellsCountEachOrganisationOfferNeedAndNoticeOnce() {
        JsonNode matrix = http().get("/api/dashboard/matrix?columns=targetGroup" + WINDOW, STAFF).json();
        assertThat(matrix.get("columns").asString()).isEqualTo("targetGroup");
        assertThat(matrix.get("areas")).hasSize(11);
        // O1 only (O2 suspended 03-10, O3 never verified); F1's 6 left; N1 met; the notice reached O1; OB1 and OB2
        // (any group); R2 (any group), not stigmatising.
        assertThat(metrics(cell(matrix, "flemingsberg", "older-people"))).containsExactly(1L, 6L, 1L, 0L, 1L, 1L, 2L, 1L, 0L);
        // O1; N2 open; the notice targeted older people only; OB2 and R2 concern any group.
        assertThat(metrics(cell(matrix, "flemingsberg", "newly-arrived"))).containsExactly(1L, 0L, 0L, 1L, 0L, 0L, 1L, 1L, 0L);
        // F3 withdrawn 03-12; N2 open; R1 stigmatising.
        assertThat(metrics(cell(matrix, "varby", "newly-arrived"))).containsExactly(1L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 1L);
        // Delivered to O1 (reaching Vårby) and relayed in Vårby: one notice, counted once.
        assertThat(metrics(cell(matrix, "varby", "older-people"))).containsExactly(1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L);
        assertThat(metrics(cell(matrix, "skogas", "older-people"))).containsOnly(0L);
    }

    @Test
    void areaTotalsCountDistinctlyAcrossGroups() {
        JsonNode matrix = http().get("/api/dashboard/matrix?columns=targetGroup" + WINDOW, STAFF).json();
        // O1 reaches two groups in Flemingsberg but counts once; N1 met and N2 open; OB1+OB2; R2.
        assertThat(metrics(total(matrix, "flemingsberg"))).containsExactly(1L, 6L, 1L, 1L, 1L, 1L, 2L, 1L, 0L);
        assertThat(metrics(total(matrix, "varby"))).containsExactly(1L, 0L, 0L, 1L, 0L, 1L, 0L, 1L, 1L);
    }

    @Test
    void areaByLanguageCellsFollowLanguagesDeliveredAndReached() {
        JsonNode matrix = http().get("/api/dashboard/matrix?columns=language" + WINDOW, COMMS).json();
        assertThat(matrix.get("columnCodes").toString()).contains("\"so\"", "\"ti\"");
        // Delivered in sv+so to O1 (so, ar): reached in Somali; N1 names no language so counts in every one.
        assertThat(metrics(cell(matrix, "flemingsberg", "so"))).containsExactly(1L, 6L, 1L, 1L, 1L, 1L, 2L, 0L, 0L);
        // O1 does not work in Swedish: the Swedish text reached no one through it.
        assertThat(metrics(cell(matrix, "flemingsberg", "sv"))).containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L, 0L, 0L);
        // F2 (Tigrinya) no longer counts once O2 is suspended.
        assertThat(metrics(cell(matrix, "flemingsberg", "ti"))).containsExactly(0L, 0L, 0L, 0L, 1L, 0L, 1L, 0L, 0L);
        assertThat(metrics(cell(matrix, "flemingsberg", "ar"))).containsExactly(1L, 0L, 0L, 0L, 1L, 0L, 1L, 1L, 0L);
        // The Arabic relay in Vårby.
        assertThat(metrics(cell(matrix, "varby", "ar"))).containsExactly(1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L, 0L);
        assertThat(metrics(cell(matrix, "varby", "so"))).containsExactly(1L, 0L, 0L, 1L, 0L, 1L, 0L, 1L, 1L);
    }

    @Test
    void dailyTrendShowsStateAtEachDaysEndAndActivityWithinIt() {
        JsonNode trend = http().get("/api/dashboard/trend?period=DAYS&area=flemingsberg" + WINDOW, EQUALITY).json();
        JsonNode points = trend.get("points");
        assertThat(points).hasSize(14);
        assertThat(point(points, "2026-03-02")).containsOnly(0L);
        assertThat(point(points, "2026-03-03")).containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(point(points, "2026-03-04")).containsExactly(2L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L);
        assertThat(point(points, "2026-03-05")).containsExactly(2L, 15L, 2L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(point(points, "2026-03-06")).containsExactly(2L, 15L, 2L, 1L, 0L, 1L, 0L, 0L, 0L);
        assertThat(point(points, "2026-03-07")).containsExactly(2L, 15L, 2L, 2L, 0L, 1L, 0L, 0L, 0L);
        assertThat(point(points, "2026-03-08")).containsExactly(2L, 11L, 2L, 2L, 0L, 0L, 0L, 0L, 0L);
        assertThat(point(points, "2026-03-10")).containsExactly(1L, 6L, 1L, 2L, 0L, 0L, 0L, 0L, 0L);
        assertThat(point(points, "2026-03-11")).containsExactly(1L, 6L, 1L, 1L, 1L, 0L, 0L, 1L, 0L);
        assertThat(point(points, "2026-03-12")).containsExactly(1L, 6L, 1L, 1L, 1L, 0L, 1L, 0L, 0L);
    }

    @Test
    void monthlyTrendPutsEventsInTheMonthOfTheirOwnTime() {
        JsonNode points = http().get("/api/dashboard/trend?period=MONTHS&area=flemingsberg&from=2026-02&to=2026-03", STAFF)
                .json().get("points");
        assertThat(points).hasSize(2);
        // OB3 was reported on 02-20: February, whenever it was consumed.
        assertThat(point(points, "2026-02")).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, 0L);
        assertThat(point(points, "2026-03")).containsExactly(1L, 6L, 1L, 1L, 1L, 1L, 2L, 1L, 0L);
    }

    @Test
    void trendSlicesByGroupAndLanguage() {
        JsonNode points = http().get("/api/dashboard/trend?area=varby&targetGroup=newly-arrived&language=so" + WINDOW, STAFF)
                .json().get("points");
        assertThat(point(points, "2026-03-09")).containsExactly(1L, 0L, 0L, 1L, 0L, 0L, 0L, 1L, 1L);
        assertThat(point(points, "2026-03-10")).containsExactly(1L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void contributorsAreTheOrganisationsThatActedInThePeriod() {
        assertThat(queries.contributingOrganizations(LocalDate.parse(MarchFixture.FROM), LocalDate.parse(MarchFixture.TO)))
                .containsExactlyInAnyOrder(MarchFixture.O1, MarchFixture.O2, MarchFixture.O3);
        // 03-09: O2 reported R1, O1 delivered on its commitment.
        assertThat(queries.contributingOrganizations(LocalDate.parse("2026-03-09"), LocalDate.parse("2026-03-09")))
                .containsExactlyInAnyOrder(MarchFixture.O1, MarchFixture.O2);
        // 03-12 … 03-15: only a withdrawal and an observation by staff.
        assertThat(queries.contributingOrganizations(LocalDate.parse("2026-03-12"), LocalDate.parse("2026-03-15"))).isEmpty();
    }

    @Test
    void aDuplicateDeliveryOfEveryEventChangesNothing() {
        String matrixBefore = http().get("/api/dashboard/matrix?columns=targetGroup" + WINDOW, STAFF).body();
        String trendBefore = http().get("/api/dashboard/trend?area=flemingsberg" + WINDOW, STAFF).body();
        List<org.apache.kafka.clients.producer.ProducerRecord<String, byte[]>> fixture = SourceRecords.sent().stream()
                .filter(r -> r.key().startsWith("march-")).toList();
        fixture.forEach(SourceRecords::resend);
        ConsumerLag.awaitCaughtUp("follow-up");

        assertThat(http().get("/api/dashboard/matrix?columns=targetGroup" + WINDOW, STAFF).body()).isEqualTo(matrixBefore);
        assertThat(http().get("/api/dashboard/trend?area=flemingsberg" + WINDOW, STAFF).body()).isEqualTo(trendBefore);
        Timeline offer = mongo.findById("march-offer-1", Timeline.class, Kind.OFFERS.collection(generations.live()));
        assertThat(offer.states()).extracting(Fact::v).containsExactly(1L, 2L);
    }

    @Test
    void versionsDeliveredOutOfOrderGiveTheFiguresOfInOrderDelivery() {
        // The same story in two areas: in Skogås delivered in order, in Masmo each aggregate's v2 arrives before its v1.
        inOrderOrReversed("ooo-skogas", "skogas", false);
        inOrderOrReversed("ooo-masmo", "masmo", true);
        ConsumerLag.awaitCaughtUp("follow-up");

        String window = "&from=2026-05-01&to=2026-05-03";
        JsonNode inOrder = http().get("/api/dashboard/trend?area=skogas" + window, STAFF).json().get("points");
        JsonNode reversed = http().get("/api/dashboard/trend?area=masmo" + window, STAFF).json().get("points");
        assertThat(reversed).isEqualTo(inOrder);
        // Registered (pending) 05-01 with 10 offered; verified 05-02 with 4 of them committed.
        assertThat(point(inOrder, "2026-05-01")).containsOnly(0L);
        assertThat(point(inOrder, "2026-05-02")).containsExactly(1L, 6L, 1L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    private static void inOrderOrReversed(String prefix, String area, boolean reversed) {
        List<Runnable> first = List.of(
                () -> SourceEvents.organization(prefix + "-org", 1, "OrganizationRegistered", "PENDING", SourceEvents.at("2026-05-01"),
                        List.of(area), List.of("so"), List.of("older-people")),
                () -> SourceEvents.offer(prefix + "-offer", 1, "OfferRegistered", prefix + "-org", 10, 10, "ACTIVE",
                        SourceEvents.at("2026-05-01"), List.of(area), List.of("so"), List.of("older-people")));
        List<Runnable> second = List.of(
                () -> SourceEvents.organization(prefix + "-org", 2, "OrganizationVerified", "VERIFIED", SourceEvents.at("2026-05-02"),
                        List.of(area), List.of("so"), List.of("older-people")),
                () -> SourceEvents.offer(prefix + "-offer", 2, "OfferUpdated", prefix + "-org", 10, 6, "ACTIVE",
                        SourceEvents.at("2026-05-02"), List.of(area), List.of("so"), List.of("older-people")));
        (reversed ? second : first).forEach(Runnable::run);
        (reversed ? first : second).forEach(Runnable::run);
    }

    @Test
    void theSameFactStoredTwiceIsKeptOnceAndReportedAsAlreadySeen() {
        Fact fact = Fact.of(7, SourceEvents.at("2026-03-03"), "NeedUpdated").status("OPEN")
                .coverage(List.of("masmo"), List.of(), List.of());
        try {
            assertThat(timelines.append("scratch", Kind.NEEDS, "need-x", fact)).isEqualTo(Outcome.APPLIED);
            assertThat(timelines.append("scratch", Kind.NEEDS, "need-x", fact)).isEqualTo(Outcome.ALREADY_SEEN);
            assertThat(timelines.load("scratch").get(Kind.NEEDS).getFirst().states()).containsExactly(fact);
        } finally {
            timelines.drop("scratch");
        }
    }

    @Test
    void defaultPeriodIsTheLastTwoWeeksEndingToday() {
        JsonNode matrix = http().get("/api/dashboard/matrix", STAFF).json();
        assertThat(matrix.get("to").asString()).isEqualTo(queries.today().toString());
        assertThat(matrix.get("from").asString()).isEqualTo(queries.today().minusDays(13).toString());
        assertThat(http().get("/api/dashboard/trend?period=MONTHS", STAFF).json().get("points")).hasSize(12);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        var badDate = http().get("/api/dashboard/matrix?from=2026-13-01", STAFF);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.isProblem()).isTrue();
        assertThat(errorFields(badDate)).containsExactly("from");
        var unknownArea = http().get("/api/dashboard/trend?area=atlantis&language=xx", STAFF);
        assertThat(unknownArea.status()).isEqualTo(422);
        assertThat(errorFields(unknownArea)).containsExactly("area", "language");
        assertThat(errorFields(http().get("/api/dashboard/matrix?columns=resourceType", STAFF))).containsExactly("columns");
        assertThat(errorFields(http().get("/api/dashboard/matrix?from=2026-03-10&to=2026-03-01", STAFF))).containsExactly("from");
        assertThat(errorFields(http().get("/api/dashboard/trend?period=WEEKS", STAFF))).containsExactly("period");
        assertThat(errorFields(http().get("/api/dashboard/matrix?from=2024-01-01&to=2026-01-01", STAFF))).containsExactly("from");
        // Parseable, but a day added to them overflows java.time: refused, never a 500.
        var farFuture = http().get("/api/dashboard/matrix?from=%2B999999999-12-31&to=%2B999999999-12-31", STAFF);
        assertThat(farFuture.status()).as(farFuture.body()).isEqualTo(400);
        assertThat(errorFields(farFuture)).containsExactly("to");
        var farPast = http().get("/api/dashboard/matrix?to=-999999999-01-01", STAFF);
        assertThat(farPast.status()).as(farPast.body()).isEqualTo(400);
        assertThat(errorFields(farPast)).containsExactly("to");
        assertThat(errorFields(http().get("/api/dashboard/trend?period=MONTHS&from=-999999999-01", STAFF))).containsExactly("from");
    }

    @Test
    void onlyStaffReadTheDashboard() {
        assertThat(http().get("/api/dashboard/matrix", OPERATOR).status()).isEqualTo(403);
        assertThat(http().get("/api/dashboard/trend", org.samverkan.platform.test.TestTokens.representative(MarchFixture.O1))
                .status()).isEqualTo(403);
        assertThat(http().post("/api/dashboard/rebuild", STAFF, null).status()).isEqualTo(403);
        assertThat(http().get("/api/dashboard/matrix", null).status()).isEqualTo(401);
    }

    static JsonNode cell(JsonNode matrix, String area, String column) {
        return StreamSupport.stream(matrix.get("cells").spliterator(), false)
                .filter(c -> c.get("area").asString().equals(area) && c.get("column").asString().equals(column))
                .findFirst().orElseThrow();
    }

    static JsonNode total(JsonNode matrix, String area) {
        return StreamSupport.stream(matrix.get("areaTotals").spliterator(), false)
                .filter(c -> c.get("area").asString().equals(area)).findFirst().orElseThrow();
    }

    static List<Long> point(JsonNode points, String bucket) {
        return metrics(StreamSupport.stream(points.spliterator(), false)
                .filter(p -> p.get("bucket").asString().equals(bucket)).findFirst().orElseThrow());
    }

    static List<Long> metrics(JsonNode node) {
        List<Long> values = new ArrayList<>();
        for (String name : List.of("organizationsReaching", "capacityAvailable", "offers", "needsOpen", "needsMet",
                "noticesReached", "observations", "rumours", "stigmatisingRumours")) {
            values.add(node.get(name).asLong());
        }
        return values;
    }
}
