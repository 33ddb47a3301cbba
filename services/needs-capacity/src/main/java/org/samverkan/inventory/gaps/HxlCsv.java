package org.samverkan.inventory.gaps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.samverkan.reference.ReferenceData;

/**
 * The gap analysis as a 3W-style CSV with an HXL hashtag row under the header row. One row per area × target
 * group × resource type (in the analysis's order, so uncovered rows come first); the language dimension becomes
 * columns tagged with HXL's language attribute: {@code #inneed+i_ar}, {@code #reached+i_ar} (committed),
 * {@code #capacity+i_ar} (available). Tags follow HXL: +i_ takes the BCP 47 tag with '-' as '_'; a need that
 * names no language is {@code +i_und}.
 */
final class HxlCsv {
    private HxlCsv() {
    }

    record Row(String area, String group, String type) {
    }

    static String write(List<GapCell> cells, ReferenceData reference) {
        TreeSet<String> languages = new TreeSet<>();
        Map<Row, Map<String, GapCell>> rows = new LinkedHashMap<>();
        Map<Row, TreeSet<String>> orgs = new LinkedHashMap<>();
        for (GapCell c : cells) {
            languages.add(c.language());
            Row row = new Row(c.area(), c.targetGroup(), c.resourceType());
            rows.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(c.language(), c);
            orgs.computeIfAbsent(row, r -> new TreeSet<>()).addAll(c.organizations());
        }
        List<String> header = new ArrayList<>(List.of("Area", "Area code", "Target group", "Resource type", "Organisations committed"));
        List<String> tags = new ArrayList<>(List.of("#adm2+name", "#adm2+code", "#beneficiary+code", "#sector+code", "#org"));
        for (String l : languages) {
            String label = GapCell.ANY.equals(l) ? "any language" : l;
            String attribute = "+i_" + (GapCell.ANY.equals(l) ? "und" : l.replace('-', '_').toLowerCase());
            header.addAll(List.of("Needed (" + label + ")", "Committed (" + label + ")", "Available (" + label + ")"));
            tags.addAll(List.of("#inneed" + attribute, "#reached" + attribute, "#capacity" + attribute));
        }
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        line(csv, tags);
        rows.forEach((row, byLanguage) -> {
            List<String> fields = new ArrayList<>(List.of(reference.area(row.area()).map(a -> a.name()).orElse(row.area()),
                    row.area(), row.group(), row.type(), String.join("; ", orgs.get(row))));
            for (String l : languages) {
                GapCell c = byLanguage.get(l);
                fields.addAll(c == null ? List.of("", "", "") : List.of(String.valueOf(c.needed()), String.valueOf(c.committed()),
                        String.valueOf(c.available())));
            }
            line(csv, fields);
        });
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            csv.append(i == 0 ? "" : ",").append(f.matches(".*[,\"\r\n].*") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        csv.append("\r\n");
    }
}
