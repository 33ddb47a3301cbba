package org.samverkan.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.web.FieldProblem;
import org.springframework.core.io.ClassPathResource;

class ReferenceDataTest {
    private final ReferenceData huddinge = ReferenceDataLoader.load(new ClassPathResource("reference-data/huddinge.yaml"));

    @Test
    void theHuddingeSampleHasItsDistrictsAndIsLabelledIllustrative() {
        assertThat(huddinge.municipality()).isEqualTo("Huddinge");
        assertThat(huddinge.illustrative()).isTrue();
        assertThat(huddinge.areas()).extracting(Area::name).contains("Flemingsberg", "Vårby", "Skogås", "Trångsund", "Stuvsta",
                "Segeltorp", "Sjödalen-Fullersta", "Snättringe", "Visättra", "Masmo", "Huddinge centrum");
    }

    @Test
    void languagesKnowTheirWritingDirectionAndLegalStatus() {
        for (String rtl : List.of("ar", "fa", "ckb", "ps", "ur")) {
            assertThat(huddinge.language(rtl)).get().extracting(Language::rightToLeft).as(rtl).isEqualTo(true);
        }
        assertThat(huddinge.language("so")).get().extracting(Language::rightToLeft).isEqualTo(false);
        assertThat(huddinge.language("fi")).get().extracting(Language::legallyRequired).isEqualTo(true);
        assertThat(huddinge.languages()).filteredOn(Language::nationalMinority).extracting(Language::tag)
                .containsExactlyInAnyOrder("fi", "fit", "se", "rom", "yi");
    }

    @Test
    void unknownCodesAreNamedByTheirPlaceInTheRequest() {
        List<FieldProblem> problems = huddinge.unknown(ReferenceData.Kind.AREA, "reach.areas", List.of("flemingsberg", "atlantis"));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("reach.areas[1]");
        assertThat(problems.getFirst().message()).contains("atlantis");
        assertThat(huddinge.unknown(ReferenceData.Kind.RESOURCE_TYPE, "type", List.of("interpretation"))).isEmpty();
    }
}
