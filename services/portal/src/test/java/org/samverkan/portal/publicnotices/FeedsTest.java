package org.samverkan.portal.publicnotices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedsTest {

    @Test
    void anAtomEntryBecomesANoticeWithEveryLanguageItsPageExistsIn() {
        String atom = """
                <?xml version="1.0" encoding="UTF-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><id>urn:samverkan:notices:Huddinge</id>
                 <entry><id>urn:samverkan:notice:n-1</id><title>Storm i natt</title><published>2026-11-22T08:00:00Z</published>
                  <summary>Stanna inne.</summary>
                  <link rel="alternate" href="http://x/public/notices/n-1/ar" type="text/html" hreflang="ar"/>
                  <link rel="alternate" href="http://x/public/notices/n-1/sv" type="text/html" hreflang="sv"/>
                  <link rel="related" href="http://x/public/notices/n-1/cap.xml" type="application/cap+xml"/></entry>
                </feed>""";

        var notices = Feeds.atom(atom);

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo("n-1");
            assertThat(n.headline()).isEqualTo("Storm i natt");
            assertThat(n.languages()).containsExactly("ar", "sv");
        });
    }

    @Test
    void aCapAlertGivesOneTextPerInfoBlockWithItsAreas() {
        String cap = """
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x</identifier><msgType>Alert</msgType><sent>s</sent>
                 <info><language>sv</language><event>storm</event><headline>Storm</headline><description>Text</description>
                  <area><areaDesc>Vårby</areaDesc></area></info>
                 <info><language>ar</language><event>storm</event><headline>عاصفة</headline><description>نص</description>
                  <instruction>ابق</instruction><area><areaDesc>Vårby</areaDesc></area></info></alert>""";

        PublicNotice notice = Feeds.cap("n-1", cap);

        assertThat(notice.languages()).containsExactly("sv", "ar");
        assertThat(notice.in("ar")).hasValueSatisfying(t -> {
            assertThat(t.headline()).isEqualTo("عاصفة");
            assertThat(t.instruction()).isEqualTo("ابق");
            assertThat(t.areas()).containsExactly("Vårby");
        });
        assertThat(notice.in("sv").orElseThrow().instruction()).isEmpty();
    }

    @Test
    void cancelledAndReplacedEntriesAreNotCurrentAndCarryTheReasonOrTheNewerNotice() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom">
                 <entry><id>urn:samverkan:notice:n-1</id><title>A</title><published>2026-11-22T08:00:00Z</published><summary>s</summary>
                  <category scheme="urn:samverkan:notice-status" term="cancelled" label="Faran är över"/></entry>
                 <entry><id>urn:samverkan:notice:n-2</id><title>B</title><published>2026-11-22T08:00:00Z</published><summary>s</summary>
                  <category scheme="urn:samverkan:notice-status" term="replaced"/>
                  <link rel="successor-version" href="http://x/public/notices/n-3/sv" type="text/html"/></entry>
                 <entry><id>urn:samverkan:notice:n-3</id><title>C</title><published>2026-11-22T08:00:00Z</published><summary>s</summary>
                  <category scheme="urn:samverkan:notice-status" term="current"/></entry>
                </feed>""";

        var notices = Feeds.atom(atom);

        assertThat(notices).extracting(NoticeSummary::state).containsExactly(NoticeSummary.State.CANCELLED,
                NoticeSummary.State.REPLACED, NoticeSummary.State.CURRENT);
        assertThat(notices.get(0).reason()).isEqualTo("Faran är över");
        assertThat(notices.get(1).successor()).isEqualTo("n-3");
        assertThat(notices.get(2).current()).isTrue();
    }

    @Test
    void aCancelAlertCarriesItsReasonAndAReplacedOneItsSuccessor() {
        String cancel = """
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><msgType>Cancel</msgType><note>Faran är över</note>
                 <info><language>sv</language><headline>Storm</headline></info></alert>""";
        String replaced = """
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><msgType>Alert</msgType>
                 <info><language>sv</language><headline>Storm</headline>
                  <parameter><valueName>samverkan-replaced-by</valueName><value>n-9</value></parameter></info></alert>""";

        assertThat(Feeds.cap("n-1", cancel)).satisfies(n -> {
            assertThat(n.cancelled()).isTrue();
            assertThat(n.note()).isEqualTo("Faran är över");
            assertThat(n.replaced()).isFalse();
        });
        assertThat(Feeds.cap("n-2", replaced)).satisfies(n -> {
            assertThat(n.cancelled()).isFalse();
            assertThat(n.replacedBy()).isEqualTo("n-9");
            assertThat(n.drill()).isFalse();
        });
    }

    @Test
    void anExerciseOrTestAlertIsADrill() {
        for (String status : java.util.List.of("Exercise", "Test")) {
            String drill = """
                    <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><status>%s</status><msgType>Alert</msgType>
                     <info><language>sv</language><headline>Övning</headline></info></alert>""".formatted(status);
            assertThat(Feeds.cap("n-3", drill).drill()).as(status).isTrue();
        }
    }

    @Test
    void aFeedWithADoctypeIsRefusedSoNoExternalEntityIsEverResolved() {
        assertThatThrownBy(() -> Feeds.atom("<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><feed>&x;</feed>"))
                .isInstanceOf(IllegalStateException.class);
    }
}
