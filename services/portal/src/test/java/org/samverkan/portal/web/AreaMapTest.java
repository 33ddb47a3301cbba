package org.samverkan.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.reference.Area;

class AreaMapTest {
    private static final Area NORTH = area("north", 18.0, 59.3);
    private static final Area SOUTH = area("south", 18.0, 59.2);
    private static final Area NO_SHAPE = new Area("nowhere", "Nowhere", 10, Map.of(), Map.of());

    @Test
    void eachDistrictWithAnOutlineBecomesALinkedShadedShapeWithItsFigureAndNorthIsUp() {
        AreaMap map = AreaMap.of(List.of(NORTH, SOUTH, NO_SHAPE), Map.of("north", 8L, "south", 2L), c -> "#area-" + c, Locale.ENGLISH);

        assertThat(map.shapes()).extracting(AreaMap.Shape::code).containsExactly("north", "south");
        AreaMap.Shape north = map.shapes().get(0);
        AreaMap.Shape south = map.shapes().get(1);
        assertThat(north.path()).startsWith("M").endsWith("Z").doesNotContain("NaN");
        assertThat(north.href()).isEqualTo("#area-north");
        assertThat(north.name()).isEqualTo("North (en)");
        assertThat(north.level()).isEqualTo(4);
        assertThat(south.level()).isEqualTo(1);
        assertThat(north.labelY()).as("north is drawn above south").isLessThan(south.labelY());
        assertThat(map.viewBox()).startsWith("0 0 640.0 ");
    }

    @Test
    void aDistrictWithoutAFigureIsWhiteAndReferenceDataWithoutOutlinesGivesNoMap() {
        AreaMap map = AreaMap.of(List.of(NORTH, SOUTH), Map.of("north", 3L), c -> "#" + c, Locale.ENGLISH);
        assertThat(map.shapes().get(1).level()).isZero();
        assertThat(map.shapes().get(1).value()).isZero();

        assertThat(AreaMap.of(List.of(NO_SHAPE), Map.of(), c -> "#", Locale.ENGLISH).isEmpty()).isTrue();
    }

    private static Area area(String code, double lon, double lat) {
        List<double[]> ring = List.of(new double[] {lon - 0.01, lat}, new double[] {lon, lat + 0.01}, new double[] {lon + 0.01, lat},
                new double[] {lon, lat - 0.01}, new double[] {lon - 0.01, lat});
        String name = Character.toUpperCase(code.charAt(0)) + code.substring(1);
        return new Area(code, name, 100, Map.of(), Map.of(), Map.of("en", name + " (en)"), List.of(ring));
    }
}
