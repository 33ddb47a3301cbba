package org.samverkan.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.web.ProblemException;

/** Day and month buckets: defaults, inclusive ends, and refusals naming the parameter. */
class QueryParametersTest {
    static final LocalDate TODAY = LocalDate.parse("2026-11-22");

    @Test
    void daysDefaultToTheFortnightEndingToday() {
        var range = QueryParameters.days(null, null, TODAY);
        assertThat(range.from()).isEqualTo(LocalDate.parse("2026-11-09"));
        assertThat(range.to()).isEqualTo(TODAY);
    }

    @Test
    void monthsDefaultToTheTwelveMonthsEndingThisMonthAndAcceptDatesOrMonths() {
        var range = QueryParameters.months(null, null, TODAY);
        assertThat(range.from()).isEqualTo(LocalDate.parse("2025-12-01"));
        assertThat(range.to()).isEqualTo(LocalDate.parse("2026-11-30"));
        var given = QueryParameters.months("2026-02-14", "2026-03", TODAY);
        assertThat(given.from()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(given.to()).isEqualTo(LocalDate.parse("2026-03-31"));
    }

    @Test
    void aPeriodEndingBeforeItStartsOrTooLongIsRefusedNamingFrom() {
        assertThatThrownBy(() -> QueryParameters.days("2026-03-10", "2026-03-01", TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fields().getFirst().field()).isEqualTo("from"));
        assertThatThrownBy(() -> QueryParameters.days("2024-01-01", "2026-01-01", TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status().value()).isEqualTo(422));
    }

    @Test
    void anUnreadableDateIsABadRequestNamingTheParameter() {
        assertThatThrownBy(() -> QueryParameters.days(null, "22/11/2026", TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.fields().getFirst().field()).isEqualTo("to");
                });
    }

    @Test
    void aDateOutsideTheYears1900To2200IsABadRequestNamingTheParameterNotAnOverflow() {
        assertThatThrownBy(() -> QueryParameters.days("+999999999-12-31", "+999999999-12-31", TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.fields().getFirst().field()).isEqualTo("to");
                });
        assertThatThrownBy(() -> QueryParameters.days(null, "-999999999-01-01", TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fields().getFirst().field()).isEqualTo("to"));
        assertThatThrownBy(() -> QueryParameters.days("1899-12-31", "1900-01-01", TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fields().getFirst().field()).isEqualTo("from"));
        assertThatThrownBy(() -> QueryParameters.months("+999999999-12-31", null, TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fields().getFirst().field()).isEqualTo("from"));
        assertThatThrownBy(() -> QueryParameters.months(null, "2201-01", TODAY))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.fields().getFirst().field()).isEqualTo("to"));
        assertThat(QueryParameters.days("2200-12-18", "2200-12-31", TODAY).to()).isEqualTo(LocalDate.parse("2200-12-31"));
    }
}
