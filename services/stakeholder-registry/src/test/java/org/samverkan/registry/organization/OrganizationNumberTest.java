package org.samverkan.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganizationNumberTest {
    @Test
    void aValidNumberIsWrittenInCanonicalForm() {
        assertThat(OrganizationNumber.normalise("8024566419")).contains("802456-6419");
        assertThat(OrganizationNumber.normalise("802456-6419")).contains("802456-6419");
        assertThat(OrganizationNumber.normalise("16802456-6419")).contains("802456-6419");
    }

    @Test
    void aWrongCheckDigitOrLengthIsRefused() {
        assertThat(OrganizationNumber.normalise("802456-6418")).isEmpty();
        assertThat(OrganizationNumber.normalise("80245664")).isEmpty();
        assertThat(OrganizationNumber.normalise("80245A-6418")).isEmpty();
        assertThat(OrganizationNumber.normalise(null)).isEmpty();
    }
}
