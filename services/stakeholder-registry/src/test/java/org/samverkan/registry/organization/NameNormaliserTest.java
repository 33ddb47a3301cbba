package org.samverkan.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormaliserTest {

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
}
