package org.samverkan.communications.delivery;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a representative's SMS answer says: "OK" (or "1", "ja", "yes") acknowledges; a number of two or more is a
 * relay report, "120" or "120 whatsapp-group flemingsberg so" with codes naming the channel, area and language.
 * Anything else is not understood and changes nothing.
 */
record SmsReply(Kind kind, int people, List<String> codes) {
    enum Kind { ACKNOWLEDGEMENT, RELAY, NOT_UNDERSTOOD }

    private static final Pattern ACK = Pattern.compile("(ok|okej|ja|yes|1)[.!]?");
    private static final Pattern RELAY = Pattern.compile("(\\d{1,7})(\\s+.*)?");

    static SmsReply parse(String text) {
        String reply = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (ACK.matcher(reply).matches()) {
            return new SmsReply(Kind.ACKNOWLEDGEMENT, 0, List.of());
        }
        Matcher relay = RELAY.matcher(reply);
        if (relay.matches()) {
            int people = Integer.parseInt(relay.group(1));
            List<String> codes = relay.group(2) == null ? List.of() : List.of(relay.group(2).strip().split("[\\s,]+"));
            if (people >= 2 && people <= 1_000_000) {
                return new SmsReply(Kind.RELAY, people, codes);
            }
        }
        return new SmsReply(Kind.NOT_UNDERSTOOD, 0, List.of());
    }
}
