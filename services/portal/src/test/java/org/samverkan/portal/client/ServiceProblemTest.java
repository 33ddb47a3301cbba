package org.samverkan.portal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ServiceProblemTest {
    private final ServiceProblem problem = new ServiceProblem(422, "Rule violated", "detail", List.of(
            new ServiceProblem.FieldProblem("areas[1]", "unknown area 'atlantis'"),
            new ServiceProblem.FieldProblem("reach.languages[0]", "unknown language 'xx'"),
            new ServiceProblem.FieldProblem("texts.ar", "missing"),
            new ServiceProblem.FieldProblem("name", "must not be blank"),
            new ServiceProblem.FieldProblem("texts[sv-x-lattlast].headline", "must not be blank")));

    @Test
    void aFieldCollectsTheMessagesAboutItselfItsItemsAndItsParts() {
        assertThat(problem.about("areas")).containsExactly("unknown area 'atlantis'");
        assertThat(problem.about("texts.ar")).containsExactly("missing");
        assertThat(problem.about("texts")).containsExactly("missing", "must not be blank");
        assertThat(problem.about("name")).containsExactly("must not be blank");
    }

    @Test
    void aMapEntryNamedTheBeanValidationWayIsFoundUnderItsDottedName() {
        assertThat(problem.about("texts.sv-x-lattlast")).containsExactly("must not be blank");
        assertThat(problem.has("areas")).isTrue();
    }

    @Test
    void reachFieldsAreFoundUnderTheirShortFormNameAndTheFullPath() {
        assertThat(problem.has("languages")).isTrue();
        assertThat(problem.has("reach.languages")).isTrue();
    }

    @Test
    void aFieldIsNotConfusedWithAnotherThatStartsTheSame() {
        assertThat(problem.has("nameSuffix")).isFalse();
        assertThat(problem.has("area")).isFalse();
    }
}
