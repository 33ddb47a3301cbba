package org.samverkan.portal.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NoticeTest {
    private final Notice notice = Notice.of(Map.of(
            "notice", Map.of("id", "n-1", "status", "DRAFT", "content", Map.of("incident", "storm", "sourceLanguage", "sv",
                    "texts", Map.of("sv", Map.of("headline", "Storm", "body", "Text"), "en", Map.of("headline", "Storm", "body", "Text")))),
            "languages", Map.of("required", new java.util.TreeMap<>(Map.of("ar", List.of("share"), "sv", List.of("legally required"))),
                    "present", List.of("sv"), "missing", List.of("ar"))));

    @Test
    void requiredLanguagesComeFirstAsTabsThenTheOthersWritten() {
        assertThat(notice.tabs()).containsExactly("ar", "sv", "en");
    }

    @Test
    void savingALanguageSendsTheWholeDraftWithThatTextChanged() {
        Map<String, Object> draft = notice.withText("ar", TextForm.of("عاصفة", "نص", ""));

        assertThat(draft).containsEntry("incident", "storm");
        assertThat(map(draft.get("texts"))).containsKeys("sv", "en", "ar");
        assertThat(map(map(draft.get("texts")).get("ar"))).containsEntry("instruction", null);
    }

    @Test
    void savingAnEmptyTextRemovesThatLanguage() {
        Map<String, Object> draft = notice.withText("en", TextForm.of(" ", "", ""));

        assertThat(map(draft.get("texts"))).containsOnlyKeys("sv");
    }

    @Test
    void aDrillIsKnownByItsCapStatusAndSendBacksAreShownInLocalTime() {
        Notice drill = Notice.of(Map.of("notice", Map.of("id", "n-2", "status", "DRAFT",
                        "content", Map.of("capStatus", "Exercise", "texts", Map.of()),
                        "sentBack", List.of(Map.of("reviewer", "lead", "at", "2026-12-02T07:05:00Z", "comment", "Lägg till lättläst"))),
                "languages", Map.of("required", Map.of(), "missing", List.of())));

        assertThat(notice.drill()).isFalse();
        assertThat(notice.sentBack()).isEmpty();
        assertThat(drill.drill()).isTrue();
        assertThat(drill.sentBack()).containsExactly(new Notice.SentBack("2026-12-02 08:05", "Lägg till lättläst"));
    }

    @Test
    void theOrganisationsThatCannotBeReachedComeFromTheEditorsRecipients() {
        Notice withRecipients = Notice.of(Map.of("notice", notice.notice(), "languages", notice.languages(),
                "recipients", Map.of("organizations", 3, "cannotBeReached",
                        List.of(Map.of("organizationId", "o-1", "name", "Skogås PRO", "reason", "no-address")))));

        assertThat(withRecipients.recipientCount()).isEqualTo(3);
        assertThat(withRecipients.cannotBeReached()).extracting(u -> u.get("organizationId")).containsExactly("o-1");
        assertThat(notice.cannotBeReached()).as("an answer without recipients").isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
