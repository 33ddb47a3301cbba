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
    void aFeedWithADoctypeIsRefusedSoNoExternalEntityIsEverResolved() {
        assertThatThrownBy(() -> Feeds.atom("<!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><feed>&x;</feed>"))
                .isInstanceOf(IllegalStateException.class);
    }
}
