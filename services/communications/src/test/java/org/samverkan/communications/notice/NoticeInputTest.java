package org.samverkan.communications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.communications.notice.Notices.OFFICER;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;

/** A notice draft with a language keyed to nothing, or text beyond the platform's bounds, is refused naming the field. */
class NoticeInputTest extends CommunicationsIntegrationBase {

    @Test
    void aLanguageWhoseTextIsNullIsRefusedNamingItNotPublishedAsMissing() {
        String draft = Notices.draft(List.of("flemingsberg"), List.of("sv", "sv-x-lattlast", "fi", "so"))
                .replace("\"texts\": {", "\"texts\": {\"ar\": null, ");
        var refused = http().post("/api/notices", OFFICER, draft);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(errorFields(refused)).containsExactly("texts.ar");
    }

    @Test
    void aNullAreaIsRefusedNamingItsIndex() {
        String draft = Notices.draft(List.of("flemingsberg"), List.of("sv")).replace("\"areas\": [\"flemingsberg\"]",
                "\"areas\": [\"flemingsberg\", null]");
        var refused = http().post("/api/notices", OFFICER, draft);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("areas[1]");
    }

    @Test
    void anIncidentOfAMillionCharactersIsOutOfBoundsNamingIt() {
        String draft = Notices.draft(List.of("flemingsberg"), List.of("sv")).replace("Värmebölja 2026", "x".repeat(1_100_000));
        var refused = http().post("/api/notices", OFFICER, draft);
        assertThat(refused.status()).as(refused.body().substring(0, Math.min(300, refused.body().length()))).isEqualTo(422);
        assertThat(errorFields(refused)).containsExactly("incident");
    }

    @Test
    void aTextWithoutHeadlineOrBodyIsNotPresent() {
        assertThat(NoticeService.written(new NoticeText("Rubrik", "Text", null))).isTrue();
        assertThat(NoticeService.written(null)).isFalse();
        assertThat(NoticeService.written(new NoticeText(" ", "Text", null))).isFalse();
        assertThat(NoticeService.written(new NoticeText("Rubrik", null, null))).isFalse();
    }
}
