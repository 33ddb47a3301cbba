package org.samverkan.communications.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.communications.notice.Notices.OFFICER;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.notice.Notices;

/** Public pages and feeds: no login, right-to-left marked, CAP 1.2 valid against the OASIS schema. */
class PublicChannelsTest extends CommunicationsIntegrationBase {
    private static final List<String> ALL = List.of("sv", "sv-x-lattlast", "fi", "ar", "so", "fa");

    @Test
    void rightToLeftTextsAreMarkedOnThePublicPageWhichNeedsNoLogin() {
        String id = Notices.publish(http(), Notices.draft(List.of("flemingsberg"), ALL), null);

        var arabic = http().get("/public/notices/" + id + "/ar", null);
        var swedish = http().get("/public/notices/" + id + "/sv", null);

        assertThat(arabic.status()).isEqualTo(200);
        assertThat(arabic.contentType()).startsWith("text/html");
        assertThat(arabic.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("<h1>Rubrik ar</h1>")
                .contains("&lt;b&gt;ej html&lt;/b&gt;").doesNotContain("<script");
        assertThat(swedish.body()).contains("<html lang=\"sv\" dir=\"ltr\">").contains("https://example.org/tsp.mp4")
                .contains("<a lang=\"fa\" hreflang=\"fa\" dir=\"rtl\"");
        assertThat(http().get("/public/notices/" + id + "/tr", null).status()).isEqualTo(404);
    }

    @Test
    void draftsAreNotPublic() {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), ALL));

        assertThat(http().get("/public/notices/" + id + "/sv", null).status()).isEqualTo(404);
        assertThat(http().get("/public/notices/" + id + "/cap.xml", null).status()).isEqualTo(404);
    }

    @Test
    void capAlertHasOneInfoPerLanguageAndValidatesAgainstTheCap12Schema() throws Exception {
        String first = Notices.publish(http(), Notices.draft(List.of("flemingsberg", "varby"), ALL), null);
        String update = Notices.publish(http(), Notices.draft(List.of("flemingsberg", "varby"), ALL, first), null);

        String alert = http().get("/public/notices/" + first + "/cap.xml", null).body();
        var updateResponse = http().get("/public/notices/" + update + "/cap.xml", null);
        String updated = updateResponse.body();
        http().post("/api/notices/" + update + "/cancellation", OFFICER, "{\"reason\": \"Over\"}");
        String cancel = http().get("/public/notices/" + update + "/cap.xml", null).body();
        String superseded = http().get("/public/notices/" + first + "/cap.xml", null).body();

        assertThat(updateResponse.contentType()).startsWith("application/cap+xml");
        assertThat(alert).contains("<msgType>Alert</msgType>").contains("<areaDesc>Vårby</areaDesc>")
                .contains("<valueName>samverkan-area</valueName><value>flemingsberg</value>");
        assertThat(alert.split("<info>", -1)).hasSize(ALL.size() + 1);
        assertThat(updated).contains("<msgType>Update</msgType>").contains("<references>samverkan@huddinge.se,samverkan-notice-" + first + ",");
        assertThat(cancel).contains("<msgType>Cancel</msgType>").contains("<references>samverkan@huddinge.se,samverkan-notice-" + update + ",");

        for (String document : List.of(alert, updated, cancel, superseded)) {
            CapSchema.validate(document);
        }
    }

    @Test
    void atomFeedListsPublishedNoticesWithEveryLanguageAndTheCapAlert() {
        String id = Notices.publish(http(), Notices.draft(List.of("trangsund"), List.of("sv", "sv-x-lattlast", "fi", "ar")), null);

        var feed = http().get("/public/feeds/notices.atom", null);

        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("xmlns=\"http://www.w3.org/2005/Atom\"").contains("urn:samverkan:notice:" + id)
                .contains("/public/notices/" + id + "/ar\" type=\"text/html\" hreflang=\"ar\"")
                .contains("/public/notices/" + id + "/cap.xml");
    }

    @Test
    void anExerciseHasABannerOnItsPageAndIsNeverInThePublicFeed() {
        List<String> languages = List.of("sv", "sv-x-lattlast", "fi", "ar");
        String exercise = Notices.publish(http(), Notices.drill(Notices.draft(List.of("trangsund"), languages), "Exercise"), null);
        String test = Notices.publish(http(), Notices.drill(Notices.draft(List.of("trangsund"), languages), "Test"), null);
        String actual = Notices.publish(http(), Notices.draft(List.of("trangsund"), languages), null);

        String feed = http().get("/public/feeds/notices.atom", null).body();
        var page = http().get("/public/notices/" + exercise + "/ar", null);

        assertThat(feed).contains("urn:samverkan:notice:" + actual).doesNotContain(exercise).doesNotContain(test);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<p role=\"alert\" class=\"exercise\"><strong>&Ouml;VNING / EXERCISE")
                .contains("<title>&Ouml;VNING / EXERCISE Rubrik ar</title>");
        assertThat(http().get("/public/notices/" + test + "/sv", null).body()).contains("<strong>TEST – inte ett verkligt meddelande");
        assertThat(http().get("/public/notices/" + actual + "/sv", null).body()).doesNotContain("class=\"exercise\"");
    }

    @Test
    void atomFeedMarksCancelledAndReplacedNoticesInTheirLanguageSoNoReaderTakesThemForCurrent() {
        List<String> languages = List.of("sv", "sv-x-lattlast", "fi", "ar");
        String cancelled = Notices.publish(http(), Notices.draft(List.of("trangsund"), languages), null);
        String replaced = Notices.publish(http(), Notices.draft(List.of("trangsund"), languages), null);
        String newer = Notices.publish(http(), Notices.draft(List.of("trangsund"), languages, replaced), null);
        http().post("/api/notices/" + cancelled + "/cancellation", OFFICER, "{\"reason\": \"Faran är över\"}");

        // The replaced notice is marked from the update's event, moments after the update is published.
        String feed = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> http().get("/public/feeds/notices.atom", null).body(), atom -> entry(atom, replaced).contains("term=\"replaced\""));
        String olderAlert = http().get("/public/notices/" + replaced + "/cap.xml", null).body();

        assertThat(entry(feed, cancelled)).contains("<category scheme=\"urn:samverkan:notice-status\" term=\"cancelled\" label=\"Faran är över\"")
                .startsWith("<entry xml:lang=\"sv\">").contains("<title>Återkallat: Rubrik sv</title>");
        assertThat(entry(feed, newer)).contains("<title>Rubrik sv</title>");
        assertThat(entry(feed, replaced)).contains("term=\"replaced\"")
                .containsPattern("<link rel=\"successor-version\" href=\"[^\"]*/public/notices/" + newer + "/sv\"");
        assertThat(entry(feed, newer)).contains("term=\"current\"").doesNotContain("successor-version");
        assertThat(olderAlert).contains("<valueName>samverkan-replaced-by</valueName><value>" + newer + "</value>");
    }

    /** The Atom entry of one notice. */
    private static String entry(String feed, String id) {
        int start = feed.lastIndexOf("<entry ", feed.indexOf("urn:samverkan:notice:" + id));
        return feed.substring(start, feed.indexOf("</entry>", start));
    }
}
