package org.samverkan.infra.smpp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** The messages the sink received, each whole: the parts of a concatenated SMS joined in order once all are in. */
final class Received {
    record Message(String to, String from, String text, String encoding, int parts, List<String> messageIds, Instant receivedAt) {
    }

    private record Partial(String to, String from, String encoding, TreeMap<Integer, String> texts, List<String> ids) {
    }

    private final List<Message> messages = new CopyOnWriteArrayList<>();
    private final Map<String, Partial> partial = new ConcurrentHashMap<>();

    /** One submit_sm's short_message, decoded. */
    void part(String to, String from, byte dataCoding, boolean udh, byte[] message, String messageId) {
        String encoding = dataCoding == SmsText.UCS2 ? "UCS-2" : dataCoding == SmsText.GSM ? "GSM 7-bit" : "data_coding " + dataCoding;
        String text = SmsText.decode(dataCoding, message, udh);
        if (!udh || message.length < 6 || message[1] != 0x00) {
            messages.add(new Message(to, from, text, encoding, 1, List.of(messageId), Instant.now()));
            return;
        }
        int total = message[4] & 0xFF;
        String key = to + "|" + from + "|" + (message[3] & 0xFF);
        synchronized (this) {
            Partial p = partial.computeIfAbsent(key, k -> new Partial(to, from, encoding, new TreeMap<>(), new ArrayList<>()));
            p.texts().put(message[5] & 0xFF, text);
            p.ids().add(messageId);
            if (p.texts().size() == total) {
                partial.remove(key);
                messages.add(new Message(to, from, String.join("", p.texts().values()), encoding, total, List.copyOf(p.ids()),
                        Instant.now()));
            }
        }
    }

    List<Message> all() {
        return List.copyOf(messages);
    }

    void clear() {
        messages.clear();
        partial.clear();
    }
}
