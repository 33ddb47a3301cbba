package org.samverkan.portal.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NewNoticeFormTest {
    @Test
    void aNewNoticeIsARealAlertUnlessTheOfficerChoseAnExercise() {
        assertThat(NewNoticeForm.empty("storm").draft(null)).containsEntry("capStatus", "Actual");
        NewNoticeForm exercise = new NewNoticeForm("storm", "Safety", "Expected", "Moderate", "Likely", List.of("masmo"), List.of(),
                "Övning", "Text", "", "", "", "", "Exercise");

        assertThat(exercise.draft(null)).containsEntry("capStatus", "Exercise");
    }
}
