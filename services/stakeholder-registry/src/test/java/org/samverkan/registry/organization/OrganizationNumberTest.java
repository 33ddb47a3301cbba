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

    /** A personal identity number passes the check digit, but its month makes the third digit 0 or 1. */
    @Test
    void aPersonalIdentityOrCoordinationNumberIsNotAnOrganisationNumber() {
        for (String personal : new String[] {"811218-9876", "8112189876", "19811218-9876", "811218+9876", "701063-2391"}) {
            assertThat(OrganizationNumber.normalise(personal)).as(personal).isEmpty();
            assertThat(OrganizationNumber.isPersonal(personal)).as(personal).isTrue();
        }
        assertThat(OrganizationNumber.isPersonal("802456-6419")).isFalse();
        assertThat(OrganizationNumber.isPersonal(null)).isFalse();
    }
}
