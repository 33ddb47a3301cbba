package org.samverkan.communications.sms;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * SMS text on the wire: GSM 7-bit default alphabet (one septet per octet, as SMPP's data_coding 0 carries it; the
 * extension table as escape + code) when every character has a place in it, otherwise UCS-2 (data_coding 8), so
 * Arabic, Tigrinya and Somali arrive intact and Swedish åäö stays 7-bit. Longer texts are split into parts with a
 * concatenation header (UDH IEI 0: 6 octets): 160 septets or 70 UCS-2 units alone, 153 or 67 per part. A part never
 * ends inside an escape sequence or a surrogate pair.
 */
final class SmsEncoding {
    static final byte GSM = 0x00;
    static final byte UCS2 = 0x08;
    private static final char ESC = '\u001b';
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ" + ESC + "ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION_CHARS = "\f^{}\\[~]|€";
    private static final byte[] EXTENSION_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    /** What to put in submit_sm: the data coding and each part's short_message (with its UDH when there are several). */
    record Encoded(byte dataCoding, List<byte[]> parts) {
        boolean concatenated() {
            return parts.size() > 1;
        }
    }

    private SmsEncoding() {
    }

    static boolean isGsm(String text) {
        return text.chars().allMatch(c -> c != ESC && (BASIC.indexOf(c) >= 0 || EXTENSION_CHARS.indexOf(c) >= 0));
    }

    /** @param reference the concatenation reference shared by this message's parts (its low 8 bits are used) */
    static Encoded encode(String text, int reference) {
        List<byte[]> units = new ArrayList<>();
        boolean gsm = isGsm(text);
        if (gsm) {
            text.chars().forEach(c -> units.add(septets((char) c)));
        } else {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length();
                units.add((pair ? text.substring(i, ++i + 1) : String.valueOf(c)).getBytes(StandardCharsets.UTF_16BE));
            }
        }
        int single = gsm ? 160 : 140;
        int perPart = gsm ? 153 : 134;
        int total = units.stream().mapToInt(u -> u.length).sum();
        if (total <= single) {
            return new Encoded(gsm ? GSM : UCS2, List.of(join(units, 0, units.size())));
        }
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        int size = 0;
        for (int i = 0; i < units.size(); i++) {
            if (size + units.get(i).length > perPart) {
                ranges.add(new int[] {start, i});
                start = i;
                size = 0;
            }
            size += units.get(i).length;
        }
        ranges.add(new int[] {start, units.size()});
        if (ranges.size() > 255) {
            throw new IllegalArgumentException("the SMS needs " + ranges.size() + " parts, more than 255");
        }
        List<byte[]> parts = new ArrayList<>();
        for (int p = 0; p < ranges.size(); p++) {
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            part.writeBytes(new byte[] {0x05, 0x00, 0x03, (byte) reference, (byte) ranges.size(), (byte) (p + 1)});
            part.writeBytes(join(units, ranges.get(p)[0], ranges.get(p)[1]));
            parts.add(part.toByteArray());
        }
        return new Encoded(gsm ? GSM : UCS2, List.copyOf(parts));
    }

    /** The text of one short_message (its UDH skipped when {@code udh}): GSM default alphabet or UCS-2, else Latin-1. */
    static String decode(byte dataCoding, byte[] message, boolean udh) {
        int from = udh && message.length > 0 ? (message[0] & 0xFF) + 1 : 0;
        if (dataCoding == UCS2) {
            return new String(message, from, message.length - from, StandardCharsets.UTF_16BE);
        }
        if (dataCoding != GSM) {
            return new String(message, from, message.length - from, StandardCharsets.ISO_8859_1);
        }
        StringBuilder text = new StringBuilder();
        for (int i = from; i < message.length; i++) {
            int code = message[i] & 0x7F;
            if (code == 0x1B && i + 1 < message.length) {
                int ext = message[++i] & 0x7F;
                int at = -1;
                for (int e = 0; e < EXTENSION_CODES.length; e++) {
                    at = EXTENSION_CODES[e] == ext ? e : at;
                }
                text.append(at >= 0 ? EXTENSION_CHARS.charAt(at) : ' ');
            } else {
                text.append(BASIC.charAt(code));
            }
        }
        return text.toString();
    }

    private static byte[] septets(char c) {
        int basic = BASIC.indexOf(c);
        return basic >= 0 ? new byte[] {(byte) basic} : new byte[] {0x1B, EXTENSION_CODES[EXTENSION_CHARS.indexOf(c)]};
    }

    private static byte[] join(List<byte[]> units, int from, int to) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        units.subList(from, to).forEach(out::writeBytes);
        return out.toByteArray();
    }
}
