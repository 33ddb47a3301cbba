package org.samverkan.registry.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    @Test
    void normalisingFoldsSwedishLettersDropsFormWordsAndSortsTokens() {
        assertThat(NameNormaliser.tokens("Föreningen Somaliska Kvinnor i Flemingsberg"))
                .containsExactly("flemingsberg", "kvinn", "somalisk");
        assertThat(NameNormaliser.fold("Vårby Gårds Hyresgästförening!")).isEqualTo("varby gards hyresgastforening");
        assertThat(NameNormaliser.tokens("The Association of Huddinge and Masmo")).containsExactly("hudding", "masm");
    }

    @Test
    void aCompoundWithAnOrganisationFormWordIsSplit() {
        assertThat(NameNormaliser.tokens("Somaliska kvinnoföreningen Flemingsberg"))
                .containsExactly("flemingsberg", "kvinn", "somalisk");
        assertThat(NameNormaliser.tokens("Trångsunds pensionärsförening")).containsExactly("pensionar", "trangsund");
    }

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
