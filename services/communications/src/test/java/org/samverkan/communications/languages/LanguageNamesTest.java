package org.samverkan.communications.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.reference.Language;
import org.samverkan.reference.Language.Direction;
import org.samverkan.reference.Municipality;
import org.samverkan.reference.ReferenceData;

/** A language's name in itself and its direction, from the reference data where it says, else from the tag. */
class LanguageNamesTest {
    private final LanguageNames names = new LanguageNames(new ReferenceData(
            new Municipality("Huddinge", null, Map.of(), true, "sv-x-lattlast"), List.of(),
            List.of(new Language("sv", "Svenska", Direction.LTR, true, false),
                    new Language("sv-x-lattlast", "Lättläst svenska (easy-read Swedish)", Direction.LTR, true, false),
                    new Language("prs", "دری (Dari)", Direction.RTL, false, false),
                    new Language("syc", "Syriska", Direction.RTL, false, false, Map.of("syc", "ܣܘܪܝܝܐ", "en", "Syriac")),
                    new Language("ti", "Tigrinska", Direction.LTR, false, false)),
            List.of(), List.of(), List.of()));

    @Test
    void theReferenceDatasNameInTheLanguageItselfComesFirst() {
        assertThat(names.own("syc")).isEqualTo("ܣܘܪܝܝܐ");
    }

    @Test
    void easyReadSwedishIsLattlastSvenska() {
        assertThat(names.own("sv-x-lattlast")).isEqualTo("Lättläst svenska");
    }

    @Test
    void otherwiseTheLanguagesOwnNameCapitalisedAsAHeading() {
        assertThat(names.own("ti")).isEqualTo("ትግርኛ");
        assertThat(names.own("sv")).isEqualTo("Svenska");
        assertThat(names.own("ar")).as("not in the reference data").isEqualTo("العربية");
        assertThat(names.own("ru")).isEqualTo("Русский");
    }

    @Test
    void withoutAnOwnNameAnywhereTheReferenceDatasNameNotAnEnglishOneOrTheCode() {
        assertThat(names.own("prs")).isEqualTo("دری (Dari)");
        assertThat(names.own("qaa")).isEqualTo("qaa");
    }

    @Test
    void theDirectionIsTheReferenceDatasElseThatOfTheScript() {
        assertThat(names.direction("prs")).isEqualTo("rtl");
        assertThat(names.direction("ti")).isEqualTo("ltr");
        assertThat(List.of("ar", "fa", "ckb", "ps", "ur", "syr", "ku-Arab", "he")).allSatisfy(tag ->
                assertThat(names.rightToLeft(tag)).as(tag).isTrue());
        assertThat(List.of("ku", "so", "fi", "az-Latn", "en")).allSatisfy(tag -> assertThat(names.rightToLeft(tag)).as(tag).isFalse());
    }
}
