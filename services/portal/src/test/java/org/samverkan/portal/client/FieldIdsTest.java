package org.samverkan.portal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldIdsTest {
    private final Map<String, String> arabicTab = Map.of("texts.ar", "text-form", "texts.ar.headline", "headline",
            "texts.ar.body", "body");

    @Test
    void bracketedAndDottedTextFieldsOfTheOpenLanguageLeadToItsInputs() {
        assertThat(FieldIds.id("texts[ar].headline", arabicTab)).isEqualTo("headline");
        assertThat(FieldIds.id("texts.ar.body", arabicTab)).isEqualTo("body");
        assertThat(FieldIds.id("texts.ar", arabicTab)).isEqualTo("text-form");
    }

    @Test
    void anotherLanguagesTextLeadsToItsRowInTheRequiredLanguagesChecklist() {
        assertThat(FieldIds.id("texts.so", arabicTab)).isEqualTo("required-so");
        assertThat(FieldIds.id("texts[sv-x-lattlast].headline", arabicTab)).isEqualTo("required-sv-x-lattlast");
    }

    @Test
    void itemsLeadToTheirFieldsetAndTheReachPrefixIsDropped() {
        assertThat(FieldIds.id("reach.areas[0]")).isEqualTo("areas");
        assertThat(FieldIds.id("areas[1]")).isEqualTo("areas");
        assertThat(FieldIds.id("media[0].url")).isEqualTo("media");
        assertThat(FieldIds.id("name")).isEqualTo("name");
        assertThat(FieldIds.id("checklist", null)).isEqualTo("checklist");
    }
}
