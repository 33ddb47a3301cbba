package org.samverkan.platform.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The constraints as Bean Validation runs them on a request record: fields, list elements and map values. */
class ScreeningConstraintsTest {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    record Request(@NoContactDetails String description, @NoPersonalIdentifiers String body,
                   List<@NoContactDetails String> reasons, Map<String, @NoPersonalIdentifiers String> texts) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Test
    void aDescriptionWithAPhoneNumberIsRefusedNamingTheFieldAndTheKindButNotTheNumber() {
        Set<ConstraintViolation<Request>> violations = VALIDATOR.validate(new Request("ring 0 70 123 45 67", null, null, null));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("description");
            assertThat(v.getMessage()).contains("telefonnummer", "phone number").doesNotContain("123");
            assertThat(ScreeningValidators.isScreening(v)).isTrue();
        });
    }

    @Test
    void aBodyMayNameAPhoneNumberButNotAPersonalIdentityNumber() {
        assertThat(VALIDATOR.validate(new Request(null, "ring 08-535 300 00", null, null))).isEmpty();
        assertThat(VALIDATOR.validate(new Request(null, "gäller 811218/9876", null, null))).singleElement()
                .satisfies(v -> assertThat(v.getMessage()).contains("personnummer"));
    }

    @Test
    void listElementsAndMapValuesAreScreenedNamingTheirPlace() {
        Set<ConstraintViolation<Request>> violations = VALIDATOR.validate(new Request(null, null,
                List.of("ok", "mejla a@b.se"), Map.of("sv", "pnr 8112189876")));
        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("reasons[1].<list element>", "texts[sv].<map value>");
    }

    @Test
    void ordinaryTextAndAbsentTextPass() {
        assertThat(VALIDATOR.validate(new Request("120 matkassar, 2026-12-02 kl. 08:30-17:00", "Öppet 08-17",
                List.of("vecka 49"), Map.of("sv", "1 200 kr")))).isEmpty();
    }
}
