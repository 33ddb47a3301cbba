package org.samverkan.portal.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class MediaFormTest {
    @Test
    void rowsWithAnAddressBecomeLinksAndAnEmptiedAddressRemovesItsLink() {
        MediaForm form = MediaForm.from(Map.of(
                "media.0.kind", "AUDIO", "media.0.language", "ar", "media.0.url", " https://example.org/a.mp3 ",
                "media.1.kind", "SIGN_LANGUAGE_VIDEO", "media.1.language", "sv", "media.1.url", "",
                "media.2.kind", "SIGN_LANGUAGE_VIDEO", "media.2.language", "sv", "media.2.url", "https://example.org/tsp.mp4"));

        assertThat(form.links()).containsExactly(
                Map.of("kind", "AUDIO", "language", "ar", "url", "https://example.org/a.mp3"),
                Map.of("kind", "SIGN_LANGUAGE_VIDEO", "language", "sv", "url", "https://example.org/tsp.mp4"));
    }

    @Test
    void theWholeDraftIsSentAgainWithOnlyTheLinksReplaced() {
        Map<String, Object> draft = MediaForm.from(Map.of()).into(Map.of("incident", "storm", "media", List.of(Map.of("url", "x"))));

        assertThat(draft).containsEntry("incident", "storm").containsEntry("media", List.of());
    }
}
