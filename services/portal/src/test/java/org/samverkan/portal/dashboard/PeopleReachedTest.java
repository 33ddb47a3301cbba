package org.samverkan.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.reference.Area;
import org.samverkan.reference.Language;
import org.samverkan.reference.ReferenceData;

class PeopleReachedTest {
    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private final ReferenceData reference = new ReferenceData("Huddinge", true,
            List.of(new Area("flemingsberg", "Flemingsberg", 15000, Map.of("so", 0.08, "ar", 0.1), Map.of()),
                    new Area("varby", "Vårby", 8000, Map.of("ar", 0.09), Map.of(), Map.of("en", "Varby"), List.of())),
            List.of(new Language("so", "Soomaali (Somali)", Language.Direction.LTR, false, false),
                    new Language("ar", "العربية (Arabic)", Language.Direction.RTL, false, false),
                    new Language("ckb", "کوردی (Sorani)", Language.Direction.RTL, false, false, Map.of("sv", "Sorani"))),
            List.of(), List.of(), List.of());
    private final Map<String, Object> view = Map.of("rows", List.of(
            row("flemingsberg", "so", 1200L, 300, 0.25),
            row("flemingsberg", "ckb", null, 15, null),
            row("varby", "ar", 720L, 1000, 1.389)));

    @Test
    void everyAreaAndLanguageIsNamedWithItsEstimatePeopleReachedAndPercentageInSwedishFigures() {
        PeopleReached table = PeopleReached.of(view, reference, SWEDISH);

        assertThat(table.areas()).extracting(PeopleReached.Area::name).containsExactly("Flemingsberg", "Vårby");
        PeopleReached.Row somali = table.areas().getFirst().rows().getFirst();
        assertThat(somali.languageName()).isEqualTo("Soomaali (Somali)");
        assertThat(spaced(somali.estimate())).as("Swedish groups thousands with a space").isEqualTo("1 200");
        assertThat(somali.reached()).isEqualTo("300");
        assertThat(spaced(somali.percent())).isEqualTo("25 %");
        assertThat(somali.over()).isFalse();
        assertThat(somali.barWidth()).isEqualTo(0.25);
    }

    @Test
    void englishFiguresAndNamesFollowTheReadersLanguage() {
        PeopleReached table = PeopleReached.of(view, reference, Locale.ENGLISH);

        assertThat(table.areas()).extracting(PeopleReached.Area::name).containsExactly("Flemingsberg", "Varby");
        PeopleReached.Row somali = table.areas().getFirst().rows().getFirst();
        assertThat(somali.estimate()).isEqualTo("1,200");
        assertThat(somali.percent()).isEqualTo("25%");
    }

    @Test
    void withoutAnEstimateThereIsNoPercentageAndMoreThanEveryoneIsShownAsOverAHundred() {
        PeopleReached table = PeopleReached.of(view, reference, SWEDISH);

        PeopleReached.Row sorani = table.areas().getFirst().rows().get(1);
        assertThat(sorani.languageName()).isEqualTo("Sorani");
        assertThat(sorani.estimate()).isNull();
        assertThat(sorani.percent()).isNull();
        assertThat(sorani.reached()).isEqualTo("15");
        PeopleReached.Row arabic = table.areas().get(1).rows().getFirst();
        assertThat(arabic.over()).isTrue();
        assertThat(spaced(arabic.percent())).as("capped; the raw 1.389 is in the service's answer").isEqualTo("100 %");
        assertThat(arabic.barWidth()).isEqualTo(1.0);
        assertThat(spaced(arabic.reached())).isEqualTo("1 000");
    }

    @Test
    void anAnswerWithoutRowsIsAnEmptyTable() {
        assertThat(PeopleReached.of(Map.of(), reference, SWEDISH).isEmpty()).isTrue();
    }

    private static Map<String, Object> row(String area, String language, Long estimate, long reached, Double share) {
        Map<String, Object> row = new HashMap<>();
        row.put("area", area);
        row.put("language", language);
        row.put("estimatedSpeakers", estimate);
        row.put("peopleReached", reached);
        row.put("share", share);
        return row;
    }

    /** Swedish figures group and separate with non-breaking spaces; compared as plain ones. */
    private static String spaced(String formatted) {
        return formatted.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
