package org.samverkan.communications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.web.FieldProblem;
import org.springframework.http.HttpStatus;

/** The link page's HTML: made for a phone, everything from the notice and the link escaped, choices with their language. */
class LinkPageTest {
    private static final LinkPage.Form FORM = new LinkPage.Form("n-1", "org-1", "123.a+b", "Huddinge kommun", "Huddinge Municipality",
            "Värmestuga <öppnar> & \"stänger\"", "/public/notices/n-1/sv",
            List.of(new LinkPage.Choice("sv", "Svenska", "sv", "ltr"), new LinkPage.Choice("ar", "العربية", "ar", "rtl")),
            List.of(new LinkPage.Choice("prayer-gathering", "Bön och samling")), List.of(new LinkPage.Choice("masmo", "Masmo")));

    @Test
    void theFormIsReadableOnAPhoneWithTheHeadlineEscapedAndEachLanguageInItsOwnDirection() {
        String html = LinkPage.render(FORM);

        assertThat(html).contains("Meddelande från Huddinge kommun / Notice from Huddinge Municipality")
                .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .as("the token in the URL goes to no other site").contains("<meta name=\"referrer\" content=\"no-referrer\">")
                .contains("<h1>Värmestuga &lt;öppnar&gt; &amp; &quot;stänger&quot;</h1>").doesNotContain("<öppnar>")
                .contains("<option value=\"ar\" lang=\"ar\" dir=\"rtl\">العربية</option>")
                .contains("<option value=\"prayer-gathering\">Bön och samling</option>")
                .contains("<select id=\"area\" name=\"area\" required>\n<option value=\"\">Välj / Choose</option>")
                .contains("action=\"/public/notices/n-1/deliveries/org-1/relays?token=123.a%2Bb\"")
                .doesNotContain("<script");
    }

    @Test
    void aRefusalNamesEachFieldByTheFormsWordsAndLeadsBackToTheForm() {
        String html = LinkPage.problem(HttpStatus.UNPROCESSABLE_CONTENT, "The relay report is incomplete",
                List.of(new FieldProblem("people", "must be a whole number"), new FieldProblem("area", "choose one")), "n-1", "org-1",
                "123.abc");

        assertThat(html).contains("<strong>Ungefär hur många personer / About how many people:</strong> Ange ett heltal")
                .contains("<strong>Område / Area:</strong> Välj ett av alternativen i listan")
                .contains("href=\"/public/notices/n-1/deliveries/org-1?token=123.abc\">Tillbaka till formuläret");
    }

    @Test
    void aLinkThatCannotBeUsedSaysSoWithoutAWayBackToTheForm() {
        String html = LinkPage.problem(HttpStatus.FORBIDDEN, "This acknowledgement link cannot be used: the link has expired",
                List.of(), "n-1", "org-1", null);

        assertThat(html).contains("<h1>Länken kan inte användas / The link cannot be used</h1>").contains("the link has expired")
                .doesNotContain("Tillbaka till formuläret");
    }
}
