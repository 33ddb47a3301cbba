package org.samverkan.communications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SmsReplyTest {
    @Test
    void okOrOneOrJaAcknowledges() {
        for (String reply : List.of("OK", " ok ", "1", "Ja", "okej!")) {
            assertThat(SmsReply.parse(reply).kind()).as(reply).isEqualTo(SmsReply.Kind.ACKNOWLEDGEMENT);
        }
    }

    @Test
    void aNumberOfPeopleIsARelayReportWithTheCodesThatFollowIt() {
        SmsReply reply = SmsReply.parse("120 whatsapp-group flemingsberg so");

        assertThat(reply.kind()).isEqualTo(SmsReply.Kind.RELAY);
        assertThat(reply.people()).isEqualTo(120);
        assertThat(reply.codes()).containsExactly("whatsapp-group", "flemingsberg", "so");
        assertThat(SmsReply.parse("45").codes()).isEmpty();
    }

    @Test
    void anythingElseIsNotUnderstood() {
        for (String reply : List.of("", "vem är du?", "0", "99999999", "STOP")) {
            assertThat(SmsReply.parse(reply).kind()).as(reply).isEqualTo(SmsReply.Kind.NOT_UNDERSTOOD);
        }
    }
}
