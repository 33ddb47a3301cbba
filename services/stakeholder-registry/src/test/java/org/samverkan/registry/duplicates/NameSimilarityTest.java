package org.samverkan.registry.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.samverkan.registry.organization.NameNormaliser;

class NameSimilarityTest {

    @Test
    void theSameOrganisationWrittenDifferentlyIsSimilar() {
        assertThat(NameSimilarity.of("Föreningen Somaliska Kvinnor i Flemingsberg", "Somaliska kvinnoföreningen Flemingsberg")).isEqualTo(1.0);
        assertThat(NameSimilarity.similar("Somaliska kvinnoföreningen Flemingsberg", "Somaliska kvinnoforeningen i Flemingberg")).isTrue();
        assertThat(NameSimilarity.similar("Huddinge Finska Förening", "Huddinge finska föreningen")).isTrue();
        assertThat(NameSimilarity.similar("FLEMINGSBERGS MOSKÉ", "Flemingsbergs moske")).isTrue();
    }

    @Test
    void differentOrganisationsInTheSameDistrictAreNotFlagged() {
        assertThat(NameSimilarity.similar("Flemingsbergs moské", "Flemingsbergs församling")).isFalse();
        assertThat(NameSimilarity.similar("Somaliska kvinnoföreningen Flemingsberg", "Somaliska föräldraföreningen Vårby")).isFalse();
        assertThat(NameSimilarity.similar("Huddinge församling", "Huddinge Turkiska Förening")).isFalse();
        assertThat(NameSimilarity.similar("Eritreanska ortodoxa församlingen Huddinge", "Syrisk-ortodoxa församlingen Huddinge")).isFalse();
    }

    @Test
    void aNameOfOnlyFormWordsMatchesNothing() {
        assertThat(NameNormaliser.tokens("Föreningen i och")).isEmpty();
        assertThat(NameSimilarity.of("Föreningen", "Förbundet")).isZero();
    }
}
