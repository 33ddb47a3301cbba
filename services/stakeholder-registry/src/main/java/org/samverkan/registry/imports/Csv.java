package org.samverkan.registry.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: comma-separated, fields optionally in double quotes (a doubled quote inside is a quote;
 * quoted fields may span lines), CRLF or LF line ends, a UTF-8 byte-order mark ignored. Blank lines are skipped.
 */
final class Csv {
    private Csv() {
    }

    /** The records of the text, each with the line it started on (1-based). */
    record Line(int number, List<String> fields) {
    }

    static List<Line> read(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                end(lines, fields, field, start);
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        end(lines, fields, field, start);
        return lines;
    }

    private static void end(List<Line> lines, List<String> fields, StringBuilder field, int start) {
        fields.add(field.toString());
        field.setLength(0);
        if (!(fields.size() == 1 && fields.getFirst().isBlank())) {
            lines.add(new Line(start, List.copyOf(fields)));
        }
        fields.clear();
    }
}
