package org.samverkan.followup.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;

/** The report's own rules, in memory: what may happen in which status. */
class ReportTest {
    static final Instant DRAFTED = Instant.parse("2026-11-02T09:00:00Z");
    static final Instant DEADLINE = Instant.parse("2026-11-09T16:00:00Z");
    private final Report report = Report.draft("r1", new ReportRequests.Draft("Uppföljning november", "Sammanfattning",
            LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-14"), DEADLINE), new ReportFigures(List.of()), DRAFTED);

    @Test
    void aPublishedReportsAnswersCannotBeChanged() {
        report.share(List.of("org-a"), null, DRAFTED.plusSeconds(60));
        Comment comment = report.comment("c1", "org-a", "Synpunkt", DRAFTED.plusSeconds(120));
        report.answer(comment.id(), "Svar", DRAFTED.plusSeconds(180));
        report.publish("Slutsatser", DEADLINE.plusSeconds(60));

        assertThatThrownBy(() -> report.answer(comment.id(), "Ett annat svar", DEADLINE.plusSeconds(120)))
                .isInstanceOf(ConflictException.class);
        assertThat(report.view(DEADLINE.plusSeconds(120)).comments().getFirst().answer().text()).isEqualTo("Svar");
    }

    @Test
    void aDraftCannotBeAnswered() {
        assertThatThrownBy(() -> report.answer("c1", "Svar", DRAFTED.plusSeconds(60))).isInstanceOf(ConflictException.class);
    }

    @Test
    void sharingMayReplaceTheDeadlineWithALaterOneButNotWithAPastOne() {
        Instant afterDeadline = DEADLINE.plusSeconds(3600);
        assertThatThrownBy(() -> report.share(List.of("org-a"), null, afterDeadline))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fields().getFirst().field()).isEqualTo("commentDeadline"));
        assertThatThrownBy(() -> report.share(List.of("org-a"), afterDeadline.minusSeconds(1), afterDeadline))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fields().getFirst().field()).isEqualTo("commentDeadline"));

        Instant later = afterDeadline.plusSeconds(7 * 86_400);
        report.share(List.of("org-a"), later, afterDeadline);
        assertThat(report.view(afterDeadline).commentDeadline()).isEqualTo(later);
        assertThat(report.openForComments(afterDeadline)).isTrue();
    }

    @Test
    void aCommentOnADraftOrAReportNotSharedWithTheOrganisationIsNotFoundAndOneAfterPublicationIsLate() {
        assertThatThrownBy(() -> report.comment("c1", "org-a", "x", DRAFTED.plusSeconds(60))).isInstanceOf(NotFoundException.class);
        report.share(List.of("org-a"), null, DRAFTED.plusSeconds(60));
        assertThatThrownBy(() -> report.comment("c1", "org-b", "x", DRAFTED.plusSeconds(60))).isInstanceOf(NotFoundException.class);
        report.publish("Slutsatser", DEADLINE.plusSeconds(60));
        assertThatThrownBy(() -> report.comment("c2", "org-a", "x", DEADLINE.plusSeconds(120)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.fields().getFirst().field()).isEqualTo("commentDeadline"));
    }
}
