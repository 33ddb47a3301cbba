package org.samverkan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.format.support.DefaultFormattingConversionService;

/** Query and path parameters as MVC converts them: dates bounded, enums exact (a null byte is not "absent"). */
class BoundedQueryParametersTest {
    enum Status { OPEN, CLOSED }

    private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();

    BoundedQueryParametersTest() {
        new BoundedQueryParameters().addFormatters(conversion);
    }

    @Test
    void aDateOutsideTheBoundsFailsAsOutOfRange() {
        assertThatThrownBy(() -> conversion.convert("-999999999-01-01", LocalDate.class))
                .isInstanceOf(ConversionFailedException.class).hasRootCauseInstanceOf(BoundedQueryParameters.OutOfRange.class);
        assertThat(conversion.convert("2026-03-01", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aNullByteIsNoEnumConstantWhileAnEmptyValueMeansAbsent() {
        assertThatThrownBy(() -> conversion.convert("\u0000", Status.class)).isInstanceOf(ConversionFailedException.class);
        assertThat(conversion.convert("", Status.class)).isNull();
        assertThat(conversion.convert("OPEN", Status.class)).isEqualTo(Status.OPEN);
    }
}
