package org.samverkan.communications.delivery;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Delivery, acknowledgement and relay state of one notice: per organisation (the deliveries), per status, and per
 * language (organisations that received it in the language, acknowledged it, and people reported reached in it).
 */
record DeliveryReport(String noticeId, Map<DeliveryStatus, Integer> byStatus, Map<String, LanguageFigures> byLanguage,
                      List<DeliveryView> deliveries) {

    record LanguageFigures(int delivered, int acknowledged, long peopleReached) {
    }

    static DeliveryReport of(String noticeId, List<DeliveryView> deliveries) {
        Map<DeliveryStatus, Integer> byStatus = new TreeMap<>();
        Map<String, long[]> figures = new TreeMap<>();
        for (DeliveryView d : deliveries) {
            byStatus.merge(d.status(), 1, Integer::sum);
            if (d.status() == DeliveryStatus.DELIVERED) {
                for (String language : d.languages()) {
                    long[] f = figures.computeIfAbsent(language, l -> new long[3]);
                    f[0]++;
                    f[1] += d.acknowledgedAt() == null ? 0 : 1;
                }
            }
            d.relays().forEach(r -> figures.computeIfAbsent(r.language(), l -> new long[3])[2] += r.people());
        }
        Map<String, LanguageFigures> byLanguage = new TreeMap<>();
        figures.forEach((language, f) -> byLanguage.put(language, new LanguageFigures((int) f[0], (int) f[1], f[2])));
        return new DeliveryReport(noticeId, byStatus, byLanguage, deliveries);
    }
}
