package org.samverkan.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an area's optional {@code geometry}: a GeoJSON Polygon or MultiPolygon in WGS84 (RFC 7946: positions are
 * {@code [longitude, latitude]}, rings closed). Only the outer rings are kept: the maps and CAP areas draw outlines.
 */
final class AreaGeometry {
    private AreaGeometry() {
    }

    @SuppressWarnings("unchecked")
    static List<List<double[]>> outlines(Map<String, Object> area, String at, YamlFields f) {
        Map<String, Object> geometry = f.mapping(area, at, "geometry");
        if (geometry.isEmpty()) {
            return List.of();
        }
        String path = at + ".geometry";
        Object type = geometry.get("type");
        Object coordinates = geometry.get("coordinates");
        if (!(coordinates instanceof List<?> list) || list.isEmpty()) {
            f.problem(path, "a geometry needs its coordinates");
            return List.of();
        }
        List<List<double[]>> outlines = new ArrayList<>();
        if ("Polygon".equals(type)) {
            outlines.add(ring(((List<Object>) list).getFirst(), path + ".coordinates[0]", f));
        } else if ("MultiPolygon".equals(type)) {
            for (int i = 0; i < list.size(); i++) {
                Object polygon = list.get(i);
                outlines.add(polygon instanceof List<?> rings && !rings.isEmpty()
                        ? ring(rings.getFirst(), path + ".coordinates[" + i + "][0]", f) : List.of());
            }
        } else {
            f.problem(path + ".type", "geometry type must be Polygon or MultiPolygon (GeoJSON, WGS84)");
            return List.of();
        }
        return outlines.stream().filter(o -> !o.isEmpty()).toList();
    }

    private static List<double[]> ring(Object value, String path, YamlFields f) {
        List<double[]> ring = new ArrayList<>();
        if (value instanceof List<?> positions) {
            for (Object position : positions) {
                if (position instanceof List<?> p && p.size() >= 2 && p.get(0) instanceof Number lon && p.get(1) instanceof Number lat
                        && Math.abs(lon.doubleValue()) <= 180 && Math.abs(lat.doubleValue()) <= 90) {
                    ring.add(new double[] {lon.doubleValue(), lat.doubleValue()});
                } else {
                    f.problem(path, "each position must be [longitude, latitude] in degrees (WGS84), got " + position);
                    return List.of();
                }
            }
        }
        if (ring.size() < 4 || ring.getFirst()[0] != ring.getLast()[0] || ring.getFirst()[1] != ring.getLast()[1]) {
            f.problem(path, "a ring needs at least four positions and must end where it starts");
            return List.of();
        }
        return ring;
    }
}
