package org.samverkan.communications.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.communications.notice.Notices.OFFICER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.notice.Notices;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every alert type (Alert, Update of an update, Cancel) passes the CAP 1.2 schema and the rules public-alerting
 * receivers add to it: UTC as "-00:00", expiry after sending, sender name, a public page per language, headlines of
 * at most 140 characters, the audience of a targeted notice, a geocode per area, and references to the whole chain.
 */
class CapReceiverRulesTest extends CommunicationsIntegrationBase {
    private static final String CAP_TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}-00:00";
    private static final List<String> LANGUAGES = List.of("sv", "sv-x-lattlast", "fi", "ar", "so");

    @Test
    void alertUpdateOfAnUpdateAndCancelFollowTheSchemaAndTheReceiversRules() throws Exception {
        String first = Notices.publish(http(), Notices.draft(List.of("flemingsberg"), LANGUAGES), null);
        String second = Notices.publish(http(), Notices.draft(List.of("flemingsberg"), LANGUAGES, first), null);
        String third = Notices.publish(http(), Notices.draft(List.of("flemingsberg", "varby"), LANGUAGES, second), null);
        Element update = alert(third);
        assertThat(http().post("/api/notices/" + third + "/cancellation", OFFICER, "{\"reason\": \"Faran är över\"}").status()).isEqualTo(200);
        Element cancel = alert(third);
        Element original = alert(first);

        assertThat(child(original, "msgType")).isEqualTo("Alert");
        assertThat(original.getElementsByTagName("references").getLength()).isZero();
        assertThat(child(update, "msgType")).isEqualTo("Update");
        assertThat(identifiersIn(child(update, "references"))).containsExactly(id(second), id(first));
        assertThat(child(cancel, "msgType")).isEqualTo("Cancel");
        assertThat(identifiersIn(child(cancel, "references"))).containsExactly(id(third), id(second), id(first));
        for (Element alert : List.of(original, update, cancel)) {
            assertFollowsReceiverRules(alert);
        }
        NodeList polygons = ((Element) update.getElementsByTagName("info").item(0)).getElementsByTagName("polygon");
        assertThat(polygons.getLength()).as("one outline per area, from the reference data").isEqualTo(2);
        String[] points = polygons.item(0).getTextContent().split(" ");
        assertThat(points).hasSizeGreaterThanOrEqualTo(4);
        assertThat(points[0]).isEqualTo(points[points.length - 1]).matches("59\\.\\d+,17\\.\\d+");
        assertThat(areaGeocodes(update)).containsExactly("SE-kommunkod=0126", "samverkan-area=flemingsberg",
                "SE-kommunkod=0126", "samverkan-area=varby");
    }

    @Test
    void exercisesAndTestsFollowTheSameRulesAndSaySoInTheirStatusThroughTheirWholeChain() throws Exception {
        for (String status : List.of("Exercise", "Test")) {
            String first = Notices.publish(http(), Notices.drill(Notices.draft(List.of("flemingsberg"), LANGUAGES), status), null);
            String update = Notices.publish(http(), Notices.drill(Notices.draft(List.of("flemingsberg"), LANGUAGES, first), status), null);
            Element updated = alert(update);
            assertThat(http().post("/api/notices/" + update + "/cancellation", OFFICER, "{\"reason\": \"Övningen är slut\"}").status())
                    .isEqualTo(200);
            Element cancel = alert(update);
            Element original = alert(first);

            for (Element alert : List.of(original, updated, cancel)) {
                assertThat(child(alert, "status")).as(status).isEqualTo(status);
                assertFollowsReceiverRules(alert);
            }
            assertThat(child(cancel, "msgType")).isEqualTo("Cancel");
        }
    }

    @Test
    void anExerciseCannotUpdateARealAlertNorARealAlertAnExercise() {
        String actual = Notices.publish(http(), Notices.draft(List.of("flemingsberg"), LANGUAGES), null);
        String exercise = Notices.publish(http(), Notices.drill(Notices.draft(List.of("flemingsberg"), LANGUAGES), "Exercise"), null);

        var drillOnReal = http().post("/api/notices", OFFICER, Notices.drill(Notices.draft(List.of("flemingsberg"), LANGUAGES, actual), "Exercise"));
        var realOnDrill = http().post("/api/notices", OFFICER, Notices.draft(List.of("flemingsberg"), LANGUAGES, exercise));

        assertThat(List.of(drillOnReal.status(), realOnDrill.status())).containsOnly(422);
        assertThat(errorFields(drillOnReal)).containsExactly("capStatus");
        assertThat(errorFields(realOnDrill)).containsExactly("capStatus");
    }

    @Test
    void anEditCannotTurnAnUpdateOfARealAlertIntoAnExerciseNorRepointIt() {
        String actual = Notices.publish(http(), Notices.draft(List.of("flemingsberg"), LANGUAGES), null);
        String other = Notices.publish(http(), Notices.draft(List.of("flemingsberg"), LANGUAGES), null);
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), LANGUAGES, actual));

        var intoDrill = http().send("PUT", "/api/notices/" + id, OFFICER, Notices.drill(Notices.draft(List.of("flemingsberg"), LANGUAGES, actual), "Exercise"), java.util.Map.of());
        var repointed = http().send("PUT", "/api/notices/" + id, OFFICER, Notices.draft(List.of("flemingsberg"), LANGUAGES, other), java.util.Map.of());

        assertThat(intoDrill.status()).isEqualTo(422);
        assertThat(errorFields(intoDrill)).containsExactly("capStatus");
        assertThat(repointed.status()).isEqualTo(422);
        assertThat(errorFields(repointed)).containsExactly("replaces");
        assertThat(http().send("PUT", "/api/notices/" + id, OFFICER, Notices.draft(List.of("flemingsberg"), LANGUAGES, actual), java.util.Map.of()).status())
                .as("the same update edited as what it is").isEqualTo(200);
    }

    @Test
    void aHeadlineLongerThan140CharactersIsCutAtAWordWithTheWholeTextInTheDescription() {
        String longHeadline = "Värmebölja ".repeat(20).strip();

        String cut = CapInfo.headline(longHeadline);

        assertThat(cut.codePointCount(0, cut.length())).isLessThanOrEqualTo(140);
        assertThat(cut).endsWith("Värmebölja…").startsWith("Värmebölja Värmebölja");
        assertThat(CapInfo.headline("Kort rubrik")).isEqualTo("Kort rubrik");
    }

    private void assertFollowsReceiverRules(Element alert) throws Exception {
        String sent = child(alert, "sent");
        assertThat(sent).matches(CAP_TIME);
        NodeList infos = alert.getElementsByTagName("info");
        assertThat(infos.getLength()).isEqualTo(LANGUAGES.size());
        for (int i = 0; i < infos.getLength(); i++) {
            Element info = (Element) infos.item(i);
            String language = child(info, "language");
            assertThat(child(info, "expires")).matches(CAP_TIME);
            assertThat(OffsetDateTime.parse(child(info, "expires"))).isAfter(OffsetDateTime.parse(sent));
            assertThat(child(info, "senderName")).isEqualTo("Huddinge kommun");
            assertThat(child(info, "event")).isEqualTo("Värmebölja 2026");
            assertThat(child(info, "audience")).isEqualTo("Äldre personer (65+)");
            assertThat(child(info, "web")).matches("https?://.+/public/notices/[^/]+/" + language);
            assertThat(child(info, "headline").codePointCount(0, child(info, "headline").length())).isLessThanOrEqualTo(140);
        }
    }

    private Element alert(String noticeId) throws Exception {
        String xml = http().get("/public/notices/" + noticeId + "/cap.xml", null).body();
        CapSchema.validate(xml);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    private static String child(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        assertThat(found.getLength()).as("<%s> in <%s>", name, parent.getTagName()).isPositive();
        return found.item(0).getTextContent();
    }

    private static List<String> identifiersIn(String references) {
        List<String> identifiers = new ArrayList<>();
        for (String reference : references.trim().split("\\s+")) {
            String[] parts = reference.split(",");
            assertThat(parts).hasSize(3);
            assertThat(parts[2]).matches(CAP_TIME);
            identifiers.add(parts[1]);
        }
        return identifiers;
    }

    private static List<String> areaGeocodes(Element alert) {
        Element info = (Element) alert.getElementsByTagName("info").item(0);
        NodeList geocodes = info.getElementsByTagName("geocode");
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < geocodes.getLength(); i++) {
            Element g = (Element) geocodes.item(i);
            pairs.add(child(g, "valueName") + "=" + child(g, "value"));
        }
        return pairs;
    }

    private static String id(String noticeId) {
        return CapDocument.identifier(noticeId);
    }
}
