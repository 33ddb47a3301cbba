package org.samverkan.portal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.samverkan.reference.Area;

/**
 * The municipality's districts drawn server-side as SVG (works without JavaScript): one path per district from the
 * reference data's WGS84 outlines, shaded h0…h4 by a figure and labelled with it, each a link. The shade only
 * repeats the number, and pages put the same figures in a table beside the map.
 */
public record AreaMap(String viewBox, List<Shape> shapes) {
    static final double WIDTH = 640;

    public record Shape(String code, String name, String path, double labelX, double labelY, long value, int level, String href) {
    }

    public boolean isEmpty() {
        return shapes.isEmpty();
    }

    /**
     * @param values figure per area code (missing = 0)
     * @param href   link of each district, from its code
     */
    public static AreaMap of(Collection<Area> areas, Map<String, Long> values, Function<String, String> href, Locale locale) {
        List<Area> drawn = areas.stream().filter(a -> !a.outlines().isEmpty()).toList();
        if (drawn.isEmpty()) {
            return new AreaMap("0 0 " + WIDTH + " 1", List.of());
        }
        Projection projection = Projection.fitting(drawn);
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Shape> shapes = new ArrayList<>();
        for (Area area : drawn) {
            StringBuilder path = new StringBuilder();
            double sumX = 0;
            double sumY = 0;
            int points = 0;
            for (List<double[]> ring : area.outlines()) {
                for (int i = 0; i < ring.size() - 1; i++) {
                    double x = projection.x(ring.get(i)[0]);
                    double y = projection.y(ring.get(i)[1]);
                    path.append(i == 0 ? 'M' : 'L').append(round(x)).append(' ').append(round(y)).append(' ');
                    sumX += x;
                    sumY += y;
                    points++;
                }
                path.append("Z ");
            }
            long value = values.getOrDefault(area.code(), 0L);
            shapes.add(new Shape(area.code(), area.name(locale), path.toString().strip(), round(sumX / points), round(sumY / points),
                    value, level(value, max), href.apply(area.code())));
        }
        return new AreaMap("0 0 " + round(WIDTH) + " " + round(projection.height()), List.copyOf(shapes));
    }

    /** Five shades, as the heat map's: zero is white and stands out as a gap. */
    static int level(long value, long max) {
        return value <= 0 || max <= 0 ? 0 : (int) Math.min(4, Math.ceil(4.0 * value / max));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Equirectangular, scaled by the cosine of the middle latitude: true enough in shape for one municipality. */
    private record Projection(double west, double north, double scale, double cos, double height) {
        static final double MARGIN = 12;

        static Projection fitting(List<Area> areas) {
            double west = 180, east = -180, south = 90, north = -90;
            for (Area a : areas) {
                for (List<double[]> ring : a.outlines()) {
                    for (double[] p : ring) {
                        west = Math.min(west, p[0]);
                        east = Math.max(east, p[0]);
                        south = Math.min(south, p[1]);
                        north = Math.max(north, p[1]);
                    }
                }
            }
            double cos = Math.cos(Math.toRadians((north + south) / 2));
            double scale = (WIDTH - 2 * MARGIN) / Math.max((east - west) * cos, 1e-9);
            return new Projection(west, north, scale, cos, (north - south) * scale + 2 * MARGIN);
        }

        double x(double lon) {
            return MARGIN + (lon - west) * cos * scale;
        }

        double y(double lat) {
            return MARGIN + (north - lat) * scale;
        }
    }
}
