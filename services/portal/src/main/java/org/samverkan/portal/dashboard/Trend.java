package org.samverkan.portal.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A few dashboard figures over time as sparklines (SVG polylines in a 300 × 60 box), each with its first, last and
 * highest value written out, and the whole series as a table.
 */
public record Trend(List<String> buckets, List<Line> lines, List<Map<String, Object>> points) {
    static final List<Metric> SHOWN = List.of(Metric.organizationsReaching, Metric.needsOpen, Metric.capacityAvailable,
            Metric.noticesReached, Metric.observations, Metric.rumours);
    static final int WIDTH = 300;
    static final int HEIGHT = 60;

    public record Line(Metric metric, String points, long first, long last, long max) {
    }

    @SuppressWarnings("unchecked")
    static Trend of(Map<String, Object> trend) {
        List<Map<String, Object>> points = (List<Map<String, Object>>) trend.getOrDefault("points", List.of());
        List<String> buckets = points.stream().map(p -> String.valueOf(p.get("bucket"))).toList();
        List<Line> lines = new ArrayList<>();
        for (Metric metric : SHOWN) {
            long max = points.stream().mapToLong(metric::of).max().orElse(0);
            StringBuilder polyline = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                double x = points.size() == 1 ? WIDTH / 2.0 : (double) WIDTH * i / (points.size() - 1);
                double y = HEIGHT - 4 - (max == 0 ? 0 : (HEIGHT - 8.0) * metric.of(points.get(i)) / max);
                polyline.append(String.format(java.util.Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            lines.add(new Line(metric, polyline.toString().strip(), points.isEmpty() ? 0 : metric.of(points.getFirst()),
                    points.isEmpty() ? 0 : metric.of(points.getLast()), max));
        }
        return new Trend(buckets, lines, points);
    }
}
