package org.samverkan.platform.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactRedactionTest {

    @Test
    void aServersRefusalKeepsItsReasonButNotTheAddressOrNumberItQuotes() {
        String refusal = "550 5.1.1 <kontakt@forening.se>: Recipient address rejected; sms to +46 70 123 45 67 failed";

        String redacted = ContactRedaction.redact(refusal);

        assertThat(redacted).doesNotContain("kontakt@forening.se", "70 123 45 67")
                .contains("550 5.1.1", "Recipient address rejected", "<address>", "<number>");
        assertThat(ContactRedaction.redact(null)).isEqualTo("unknown error");
    }
}
