package org.samverkan.portal.dashboard;

import java.util.List;
import java.util.Map;

/**
 * Open needs beside available capacity per area, as a horizontal bar chart. Widths are in per cent of the
 * largest figure on the chart; each bar is labelled with its number.
 */
public record NeedsAndCapacity(List<Bar> bars, long max) {
    static final int ROW = 44;

    public record Bar(String area, long needsOpen, long capacity, double needsWidth, double capacityWidth, int y) {
    }

    @SuppressWarnings("unchecked")
    static NeedsAndCapacity of(Map<String, Object> matrix) {
        List<Map<String, Object>> totals = (List<Map<String, Object>>) matrix.getOrDefault("areaTotals", List.of());
        long max = 1;
        for (Map<String, Object> t : totals) {
            max = Math.max(max, Math.max(Metric.needsOpen.of(t), Metric.capacityAvailable.of(t)));
        }
        long top = max;
        List<Bar> bars = new java.util.ArrayList<>();
        for (Map<String, Object> t : totals) {
            long needs = Metric.needsOpen.of(t);
            long capacity = Metric.capacityAvailable.of(t);
            bars.add(new Bar((String) t.get("area"), needs, capacity, 100.0 * needs / top, 100.0 * capacity / top, bars.size() * ROW));
        }
        return new NeedsAndCapacity(bars, max);
    }

    public int height() {
        return Math.max(ROW, bars.size() * ROW);
    }
}
