package org.samverkan.communications.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.platform.web.FieldProblem;
import org.springframework.http.HttpStatus;

/** The translator's page as HTML: the source text escaped, the fields in the target language's direction. */
class TranslationPageTest {

    private static TranslationPage.Form form(boolean answered) {
        return new TranslationPage.Form("r-1", "o-1", "1.sig", "Förening <Al-Amal>", "Huddinge kommun", "sv", "ltr",
                new NoticeText("Värme <b>", "Rad ett\nRad två & tre", "Stanna inne"), "ar", "العربية", "rtl", answered);
    }

    @Test
    void theSourceIsEscapedAndTheFieldsAreWrittenRightToLeftForArabic() {
        String html = TranslationPage.render(form(false));

        assertThat(html).contains("<meta name=\"viewport\"", "Förening &lt;Al-Amal&gt;", "Värme &lt;b&gt;", "<p>Rad ett</p>",
                "<p>Rad två &amp; tre</p>", "<div lang=\"sv\" dir=\"ltr\">",
                "action=\"/public/translation-requests/r-1/o-1/translation?token=1.sig\"",
                "<input id=\"headline\" name=\"headline\" maxlength=\"200\" required lang=\"ar\" dir=\"rtl\">",
                "name=\"body\" rows=\"10\" maxlength=\"10000\" required lang=\"ar\" dir=\"rtl\"")
                .doesNotContain("<b>");
    }

    @Test
    void anOrganisationThatHasAnsweredIsShownTheTextButNoFormAgain() {
        assertThat(TranslationPage.render(form(true))).contains("har redan skickat").doesNotContain("<form");
    }

    @Test
    void aRefusalNamesEachFieldByTheWordsOnTheForm() {
        String html = TranslationPage.problem(HttpStatus.UNPROCESSABLE_CONTENT, "incomplete",
                List.of(new FieldProblem("body", "must not be blank")), "/public/translation-requests/r-1/o-1?token=1.sig");

        assertThat(html).contains("role=\"alert\"", "<strong>Text / Body:</strong> must not be blank", "Tillbaka till formuläret");
    }
}
