package org.samverkan.inventory.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.inventory.need.NeedStatus;
import org.samverkan.inventory.need.NeedView;
import org.samverkan.inventory.need.Urgency;

class ScoringTest {
    private static final Instant NEEDED_BY = Instant.parse("2026-12-01T12:00:00Z");
    private static final NeedView NEED = new NeedView("n", "interpretation", "d", 10, "hours", 2,
            List.of("flemingsberg", "varby"), List.of("older-people"), List.of("ar", "so"), Urgency.HIGH, NEEDED_BY,
            NeedStatus.PARTIALLY_MET, null, null, NEEDED_BY, 3);

    private static Candidate offer(int remaining, Instant from, List<String> areas, List<String> languages, List<String> groups) {
        return new Candidate("o", "org", "interpretation", "d", "hours", remaining, from, null, areas, languages, groups);
    }

    @Test
    void anOfferCoveringEverythingInTimeWithEnoughQuantityScoresOne() {
        var why = Scoring.explain(NEED, offer(8, NEEDED_BY, List.of("varby", "flemingsberg"), List.of("so", "ar"), List.of("older-people")));
        assertThat(Scoring.total(why)).isEqualTo(1.0);
        assertThat(why).extracting(Criterion::name)
                .containsExactly("resourceType", "areas", "languages", "targetGroups", "availability", "quantity");
    }

    @Test
    void eachCriterionIsWeightedByTheDocumentedRule() {
        // areas 1/2, languages 1/2, groups 0/1, starts a second late, 4 remaining for 8 outstanding (10 - 2 delivered)
        var why = Scoring.explain(NEED, offer(4, NEEDED_BY.plusSeconds(1), List.of("flemingsberg", "skogas"), List.of("ar", "ti"), List.of()));
        assertThat(why).extracting(Criterion::score).containsExactly(1.0, 0.5, 0.5, 0.0, 0.0, 0.5);
        assertThat(why.get(1).covered()).containsExactly("flemingsberg");
        assertThat(why.get(1).missing()).containsExactly("varby");
        assertThat(why.get(2).missing()).containsExactly("so");
        assertThat(why.get(5).detail()).isEqualTo("4 hours remaining for 8 outstanding");
        // 0.30*0.5 + 0.25*0.5 + 0.15*0 + 0.10*0 + 0.20*0.5 = 0.375
        assertThat(Scoring.total(why)).isEqualTo(0.375);
    }

    @Test
    void aNeedThatNamesNoLanguagesOrGroupsIsFullyCoveredOnThose() {
        assertThat(Scoring.coverage("languages", Scoring.LANGUAGE, List.of(), List.of("ar")).score()).isEqualTo(1.0);
    }

    @Test
    void quantityScoreIsCappedAtOneAndIsOneWhenNothingIsOutstanding() {
        assertThat(Scoring.quantity(3, 30, "pcs").score()).isEqualTo(1.0);
        assertThat(Scoring.quantity(0, 1, "pcs").score()).isEqualTo(1.0);
        assertThat(Scoring.quantity(3, 1, "pcs").score()).isEqualTo(0.333);
    }

    @Test
    void weightsAddUpToOne() {
        assertThat(Scoring.AREA + Scoring.LANGUAGE + Scoring.GROUP + Scoring.AVAILABILITY + Scoring.QUANTITY).isEqualTo(1.0);
    }
}
