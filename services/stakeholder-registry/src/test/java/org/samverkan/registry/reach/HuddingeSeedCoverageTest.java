package org.samverkan.registry.reach;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryIntegrationBase;
import tools.jackson.databind.JsonNode;

/**
 * The Huddinge sample (infra/seed/huddinge-organisations.csv, 44 organisations) imported through the real CSV
 * import, then verified or suspended as its status column says, through the real API. The expected cells below were
 * counted by hand from the CSV (names listed per cell). Other tests in this JVM also register organisations, so the
 * matrix is read before the import and the seed's contribution is checked as the difference.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HuddingeSeedCoverageTest extends RegistryIntegrationBase {
    private final String admin = TestTokens.role("registry-admin");
    private final String staff = TestTokens.role("crisis-staff");
    private Map<String, long[]> languagesBefore;
    private Map<String, long[]> groupsBefore;
    private Map<String, long[]> languages;
    private Map<String, long[]> groups;
    private JsonNode languageMatrix;
    private final List<String> verified = new java.util.ArrayList<>();
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @BeforeAll
    void importAndVerifyTheSeed() throws Exception {
        languagesBefore = cells(coverage("LANGUAGE"));
        groupsBefore = cells(coverage("GROUP"));
        byte[] csv = Files.readAllBytes(seedFile());
        Response report = upload("/api/organizations/imports", admin, csv);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.json().get("rejected").asInt()).isZero();
        assertThat(report.json().get("created").asInt() + report.json().get("flagged").asInt()).isEqualTo(44);
        List<String> statuses = Files.readAllLines(seedFile()).stream().skip(1).map(l -> l.substring(l.lastIndexOf(',') + 1)).toList();
        int i = 0;
        for (JsonNode row : report.json().get("rows")) {
            String id = row.get("organizationId").asString();
            switch (statuses.get(i++)) {
                case "VERIFIED" -> {
                    assertThat(http().post("/api/organizations/" + id + "/verification", admin, null).status()).isEqualTo(200);
                    verified.add(id);
                }
                case "SUSPENDED" -> {
                    assertThat(http().post("/api/organizations/" + id + "/verification", admin, null).status()).isEqualTo(200);
                    assertThat(http().post("/api/organizations/" + id + "/suspension", admin, "{\"reason\": \"Seed: inaktiv\"}").status()).isEqualTo(200);
                }
                default -> { }
            }
        }
        languageMatrix = coverage("LANGUAGE");
        languages = cells(languageMatrix);
        groups = cells(coverage("GROUP"));
    }

    /** Issue 14: after the seed every verified organisation is reachable (its notice address goes on to communications). */
    @Test
    void everyVerifiedSeededOrganisationHasANoticeAddress() {
        assertThat(verified).hasSize(28);
        for (String id : verified) {
            org.bson.Document address = mongo.findById(id, org.bson.Document.class, "organizations")
                    .get(org.samverkan.registry.noticeaddress.NoticeAddressForwarder.FIELD, org.bson.Document.class);
            assertThat(address).as(id).isNotNull();
            assertThat(address.getString("email")).as(id).contains("@");
        }
    }

    @Test
    void languageCellsCountVerifiedOrganisationsAndTheirPeopleAsCountedByHand() {
        // Föreningen Somaliska Kvinnor 180+60, Flemingsbergs moské 900+400, Läxhjälpen 70 (the suspended football club not)
        assertAdded(languagesBefore, languages, "flemingsberg", "so", 3, 240 + 1300 + 70);
        // moské 1300, Flemingsbergs församling 300, Arabiska kvinnoföreningen 160, Röda Korset 300+200, Syrisk-ortodoxa 450, Läxhjälpen 70
        assertAdded(languagesBefore, languages, "flemingsberg", "ar", 6, 1300 + 300 + 160 + 500 + 450 + 70);
        // Eritreanska ortodoxa församlingen 350+80
        assertAdded(languagesBefore, languages, "masmo", "ti", 1, 430);
        // Huddinge Finska Förening 120+200, Sverigefinska pensionärer 70, Digitala fixarna 45+30
        assertAdded(languagesBefore, languages, "skogas", "fi", 3, 320 + 70 + 75);
        // Kurdiska kulturföreningen Vårby 250
        assertAdded(languagesBefore, languages, "varby", "ckb", 1, 250);
        // Finska 320, Huddinge församling 600+1500, Röda Korset 500, Stadsmission 250, Turkiska 300, Syrisk-ortodoxa 450, Digitala fixarna 75
        assertAdded(languagesBefore, languages, "huddinge-centrum", "sv", 7, 320 + 2100 + 500 + 250 + 300 + 450 + 75);
    }

    @Test
    void groupCellsCountVerifiedOrganisationsAndTheirPeopleAsCountedByHand() {
        // Föreningen Somaliska Kvinnor 240, moské 1300, Tigrinska föräldranätverket 95 (Afghanska föreningen is pending)
        assertAdded(groupsBefore, groups, "flemingsberg", "families-with-children", 3, 240 + 1300 + 95);
        // Huddinge Finska 320, Sverigefinska pensionärer 70, Röda Korset 500
        assertAdded(groupsBefore, groups, "skogas", "older-people-living-alone", 3, 320 + 70 + 500);
        // Huddinge Finska 320, Trångsunds pensionärsförening 150+300, Lions 80
        assertAdded(groupsBefore, groups, "trangsund", "older-people", 3, 320 + 450 + 80);
        // Eritreanska ortodoxa församlingen 430
        assertAdded(groupsBefore, groups, "masmo", "older-people", 1, 430);
    }

    @Test
    void cellsNoVerifiedOrganisationReachesAreListedAsEmpty() {
        // Stuvsta: only Swedish-speaking verified organisations; Segeltorp: Swedish and Persian; Masmo: no Finnish.
        // Ukrainian in Huddinge centrum and Bosnian in Segeltorp have only pending organisations, which do not count.
        for (String[] cell : new String[][]{{"stuvsta", "so"}, {"segeltorp", "ar"}, {"masmo", "fi"}, {"huddinge-centrum", "uk"},
                {"segeltorp", "bs"}}) {
            assertThat(languages).as("%s × %s", cell[0], cell[1]).doesNotContainKey(cell[0] + "|" + cell[1]);
            assertThat(emptyCells(languageMatrix)).contains(cell[0] + "|" + cell[1]);
        }
        assertThat(groups).doesNotContainKeys("segeltorp|newly-arrived", "stuvsta|women");
    }

    @Test
    void reachQueriesFilterSortAndPage() {
        Response somaliInFlemingsberg = http().get("/api/reach/organizations?area=flemingsberg&language=so&status=VERIFIED"
                + "&sort=estimatedPeople&direction=DESC&size=50", staff);
        assertThat(somaliInFlemingsberg.status()).isEqualTo(200);
        assertThat(names(somaliInFlemingsberg)).startsWith("Flemingsbergs moské", "Föreningen Somaliska Kvinnor i Flemingsberg")
                .contains("Läxhjälpen Flemingsberg").doesNotContain("Flemingsbergs Fotbollsförening");

        Response olderFinnish = http().get("/api/reach/organizations?language=fi&group=older-people-living-alone&channel=phone-chain", staff);
        assertThat(names(olderFinnish)).contains("Huddinge Finska Förening", "Sverigefinska pensionärer Skogås");

        Response suspended = http().get("/api/reach/organizations?status=SUSPENDED&area=masmo", staff);
        assertThat(names(suspended)).contains("Masmo Bön och Gemenskap").doesNotContain("Masmo Kvinnocenter");

        Response page0 = http().get("/api/reach/organizations?area=flemingsberg&status=VERIFIED&size=3&page=0", staff);
        Response page1 = http().get("/api/reach/organizations?area=flemingsberg&status=VERIFIED&size=3&page=1", staff);
        assertThat(page0.json().get("total").asLong()).isGreaterThanOrEqualTo(9);
        assertThat(names(page0)).hasSize(3).isSorted().doesNotContainAnyElementsOf(names(page1));

        Response unknown = http().get("/api/reach/organizations?language=klingon", staff);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(errorFields(unknown)).containsExactly("language[0]");
    }

    @Test
    void reachAndCoverageAreForStaffNotForRepresentativesOrAnonymous() {
        for (String role : List.of("crisis-staff", "communications-officer", "equality-lead", "registry-admin")) {
            assertThat(http().get("/api/reach/coverage?by=GROUP", TestTokens.role(role)).status()).as(role).isEqualTo(200);
        }
        assertThat(http().get("/api/reach/coverage", TestTokens.representative("x")).status()).isEqualTo(403);
        assertThat(http().get("/api/reach/organizations", TestTokens.representative("x")).status()).isEqualTo(403);
        assertThat(http().get("/api/reach/organizations", null).status()).isEqualTo(401);
    }

    private void assertAdded(Map<String, long[]> before, Map<String, long[]> after, String area, String value, int organizations, long people) {
        long[] b = before.getOrDefault(area + "|" + value, new long[2]);
        long[] a = after.getOrDefault(area + "|" + value, new long[2]);
        assertThat(a[0] - b[0]).as("verified organisations in %s × %s", area, value).isEqualTo(organizations);
        assertThat(a[1] - b[1]).as("estimated people reached in %s × %s", area, value).isEqualTo(people);
    }

    private JsonNode coverage(String by) {
        Response response = http().get("/api/reach/coverage?by=" + by, staff);
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static Map<String, long[]> cells(JsonNode matrix) {
        Map<String, long[]> cells = new HashMap<>();
        matrix.get("cells").forEach(c -> cells.put(c.get("area").asString() + "|" + c.get("value").asString(),
                new long[]{c.get("organizations").asLong(), c.get("estimatedPeopleReached").asLong()}));
        return cells;
    }

    private static List<String> emptyCells(JsonNode matrix) {
        List<String> empty = new ArrayList<>();
        matrix.get("emptyCells").forEach(c -> empty.add(c.get("area").asString() + "|" + c.get("value").asString()));
        return empty;
    }

    private static List<String> names(Response page) {
        List<String> names = new ArrayList<>();
        page.json().get("items").forEach(i -> names.add(i.get("name").asString()));
        return names;
    }

    private static Path seedFile() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("infra/seed/huddinge-organisations.csv"))) {
            dir = dir.getParent();
        }
        return dir.resolve("infra/seed/huddinge-organisations.csv");
    }
}
