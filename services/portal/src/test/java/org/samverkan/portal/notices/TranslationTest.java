package org.samverkan.portal.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The editor's list of translation requests, read from communications' answer. */
class TranslationTest {

    @Test
    void anAnswerCarriesItsOrganisationsNameAndProposalAndOneNotYetAnsweredHasNone() {
        Map<String, Object> waiting = new HashMap<>();
        waiting.put("organizationId", "o-2");
        waiting.put("organizationName", null);
        waiting.put("status", "REQUESTED");
        waiting.put("proposal", null);
        Map<String, Object> request = Map.of("id", "r-1", "language", "ti", "neededBy", "2026-12-05T12:00:00Z",
                "organizations", List.of(Map.of("organizationId", "o-1", "organizationName", "Tigrinska föreningen",
                        "status", "SUBMITTED", "proposal", Map.of("headline", "ርእሲ", "body", "ጽሑፍ")), waiting));

        Translation t = Translation.of(request);

        assertThat(t.language()).isEqualTo("ti");
        assertThat(t.answers()).hasSize(2);
        assertThat(t.answers().getFirst().submitted()).isTrue();
        assertThat(t.answers().getFirst().organizationName()).isEqualTo("Tigrinska föreningen");
        assertThat(t.answers().getFirst().proposal()).isEqualTo(new TextForm("ርእሲ", "ጽሑፍ", null));
        assertThat(t.answers().get(1).submitted()).isFalse();
        assertThat(t.answers().get(1).organizationName()).as("the id when communications knows no name").isEqualTo("o-2");
        assertThat(t.answers().get(1).proposal()).isNull();
    }
}
