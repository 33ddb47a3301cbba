package org.samverkan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The request-body mapper: nulls inside lists and maps refused, strings, lists, maps and dates bounded, each naming its path. */
class BoundedRequestBodiesTest {
    record Text(String headline) {
    }

    record Draft(Map<String, Text> texts, List<String> areas, LocalDate neededBy, Instant at, String incident) {
    }

    private final JsonMapper mapper = BoundedRequestBodies.bounded(JsonMapper.builder().build());

    @Test
    void aNullMapValueIsRefusedNamingItsKey() {
        assertThat(refusal("{\"texts\":{\"sv\":null}}")).isEqualTo("texts.sv");
    }

    @Test
    void aNullListElementIsRefusedNamingItsIndex() {
        assertThat(refusal("{\"areas\":[\"a\",null]}")).isEqualTo("areas[1]");
    }

    @Test
    void datesOutsideTheYears1900To2200AreOutOfBoundsNamingTheField() {
        assertThatThrownBy(() -> read("{\"neededBy\":\"+999999999-12-31\"}")).isInstanceOf(OutOfBoundsException.class);
        assertThat(refusal("{\"neededBy\":\"1899-12-31\"}")).isEqualTo("neededBy");
        assertThat(refusal("{\"at\":\"-999999999-01-01T00:00:00Z\"}")).isEqualTo("at");
        assertThat(read("{\"neededBy\":\"2200-12-31\",\"at\":\"1900-01-01T00:00:00Z\"}").neededBy()).isEqualTo(LocalDate.of(2200, 12, 31));
    }

    @Test
    void anUnreadableDateNamesTheField() {
        assertThat(refusal("{\"neededBy\":\"garbage\"}")).isEqualTo("neededBy");
    }

    @Test
    void aStringOverTheDefaultBoundIsOutOfBoundsNamingTheField() {
        assertThatThrownBy(() -> read("{\"incident\":\"" + "x".repeat(InputBounds.MAX_STRING + 1) + "\"}"))
                .isInstanceOfSatisfying(OutOfBoundsException.class, e -> assertThat(ProblemDetailsAdvice.path(e)).isEqualTo("incident"));
        assertThat(refusal("{\"texts\":{\"sv\":{\"headline\":\"" + "x".repeat(InputBounds.MAX_STRING + 1) + "\"}}}"))
                .isEqualTo("texts.sv.headline");
        assertThat(read("{\"incident\":\"" + "x".repeat(InputBounds.MAX_STRING) + "\"}").incident()).hasSize(InputBounds.MAX_STRING);
    }

    @Test
    void aListOverTheDefaultBoundIsOutOfBoundsNamingTheField() {
        String many = String.join(",", java.util.Collections.nCopies(InputBounds.MAX_ELEMENTS + 1, "\"a\""));
        assertThatThrownBy(() -> read("{\"areas\":[" + many + "]}"))
                .isInstanceOfSatisfying(OutOfBoundsException.class, e -> assertThat(ProblemDetailsAdvice.path(e)).isEqualTo("areas"));
    }

    private Draft read(String json) {
        return mapper.readValue(json, Draft.class);
    }

    private String refusal(String json) {
        try {
            read(json);
        } catch (JacksonException e) {
            return ProblemDetailsAdvice.path(e);
        }
        throw new AssertionError("accepted: " + json);
    }
}
