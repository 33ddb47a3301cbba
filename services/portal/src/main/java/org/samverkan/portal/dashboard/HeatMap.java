package org.samverkan.portal.dashboard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Area × group (or × language) as a table whose cells carry their number and one of five shades (h0 … h4). The
 * shade only repeats the number, so nothing is told by colour alone; zero is white and stands out as a gap.
 */
public record HeatMap(Metric metric, List<String> columns, List<Row> rows, long max) {

    public record Row(String area, List<Cell> cells, long total) {
    }

    public record Cell(String column, long value, int level) {
    }

    @SuppressWarnings("unchecked")
    static HeatMap of(Map<String, Object> matrix, Metric metric) {
        List<String> areas = (List<String>) matrix.getOrDefault("areas", List.of());
        List<String> columns = (List<String>) matrix.getOrDefault("columnCodes", List.of());
        Map<String, Long> values = new HashMap<>();
        long max = 0;
        for (Map<String, Object> cell : (List<Map<String, Object>>) matrix.getOrDefault("cells", List.of())) {
            long value = metric.of(cell);
            values.put(cell.get("area") + "|" + cell.get("column"), value);
            max = Math.max(max, value);
        }
        Map<String, Long> totals = new HashMap<>();
        for (Map<String, Object> total : (List<Map<String, Object>>) matrix.getOrDefault("areaTotals", List.of())) {
            totals.put((String) total.get("area"), metric.of(total));
        }
        long top = max;
        List<Row> rows = areas.stream().map(area -> new Row(area, columns.stream().map(column -> {
            long value = values.getOrDefault(area + "|" + column, 0L);
            return new Cell(column, value, level(value, top));
        }).toList(), totals.getOrDefault(area, 0L))).toList();
        return new HeatMap(metric, columns, rows, max);
    }

    static int level(long value, long max) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.min(4, Math.ceil(4.0 * value / max));
    }
}
