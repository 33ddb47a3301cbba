package org.samverkan.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HeatMapTest {

    @Test
    void everyAreaAndColumnGetsACellAndAbsentCellsReadAsZero() {
        Map<String, Object> matrix = Map.of("areas", List.of("varby", "masmo"), "columnCodes", List.of("ar", "so"),
                "cells", List.of(Map.of("area", "varby", "column", "so", "organizationsReaching", 4)),
                "areaTotals", List.of(Map.of("area", "varby", "organizationsReaching", 4)));

        HeatMap heat = HeatMap.of(matrix, Metric.organizationsReaching);

        assertThat(heat.rows()).extracting(HeatMap.Row::area).containsExactly("varby", "masmo");
        assertThat(heat.rows().get(0).cells()).extracting(HeatMap.Cell::value).containsExactly(0L, 4L);
        assertThat(heat.rows().get(1).cells()).extracting(HeatMap.Cell::value).containsExactly(0L, 0L);
        assertThat(heat.rows().get(0).total()).isEqualTo(4);
    }

    @Test
    void onlyZeroIsWhiteAndTheLargestValueIsTheDarkestShade() {
        assertThat(HeatMap.level(0, 10)).isZero();
        assertThat(HeatMap.level(1, 10)).isEqualTo(1);
        assertThat(HeatMap.level(5, 10)).isEqualTo(2);
        assertThat(HeatMap.level(10, 10)).isEqualTo(4);
    }

    @Test
    void needsAndCapacityBarsAreScaledToTheLargestFigureOnTheChart() {
        NeedsAndCapacity bars = NeedsAndCapacity.of(Map.of("areaTotals", List.of(
                Map.of("area", "varby", "needsOpen", 5, "capacityAvailable", 20),
                Map.of("area", "masmo", "needsOpen", 10, "capacityAvailable", 0))));

        assertThat(bars.bars().get(0).capacityWidth()).isEqualTo(100.0);
        assertThat(bars.bars().get(0).needsWidth()).isEqualTo(25.0);
        assertThat(bars.bars().get(1).needsWidth()).isEqualTo(50.0);
    }
}
