package org.samverkan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.screening.Code;
import org.samverkan.platform.screening.NeverInEvents;
import org.samverkan.platform.screening.NoContactDetails;
import org.samverkan.platform.screening.NoPersonalIdentifiers;

/** The walk finds every string without a screening decision, however deep in records, lists and maps it sits. */
class RequestScreeningChecksTest {
    record Text(@NoPersonalIdentifiers String headline, String body) {
    }

    @NeverInEvents("test: kept elsewhere")
    record Contact(String phone) {
    }

    record Draft(@NoContactDetails String description, @Code List<String> areas, List<String> reasons,
                 List<@NoContactDetails String> notes, @NoContactDetails List<String> wronglyPlaced,
                 Map<String, Text> texts, Map<String, @Code String> codes, @Pattern(regexp = "x") String format,
                 Contact contact, int count) {
    }

    @Test
    void reportsEveryUndecidedStringByItsPath() {
        Set<String> unscreened = new TreeSet<>();
        int strings = RequestScreeningChecks.Walk.record(Draft.class, "Draft", unscreened, new HashSet<>());
        assertThat(unscreened).containsExactly("Draft.reasons[]", "Draft.texts{}.body", "Draft.wronglyPlaced[]");
        assertThat(strings).isEqualTo(9);
    }
}
