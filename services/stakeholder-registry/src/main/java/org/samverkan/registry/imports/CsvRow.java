package org.samverkan.registry.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.samverkan.platform.web.FieldProblem;
import org.samverkan.registry.noticeaddress.NoticeAddress;
import org.samverkan.registry.organization.ContactPoint;
import org.samverkan.registry.organization.OrganizationKind;
import org.samverkan.registry.organization.Reach;
import org.samverkan.registry.organization.RegisterOrganization;

/**
 * One CSV row read into a registration. List cells separate values with ';'; channels are written
 * {@code kind:estimatedReach}, e.g. {@code whatsapp-group:120;prayer-gathering:300}. The optional {@code noticeEmail}
 * and {@code noticeSms} columns are the notice address. Problems name the column.
 */
final class CsvRow {
    private final Map<String, Integer> columns;
    private final List<String> cells;
    private final List<FieldProblem> problems = new ArrayList<>();

    CsvRow(Map<String, Integer> columns, List<String> cells) {
        this.columns = columns;
        this.cells = cells;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    RegisterOrganization registration() {
        if (cells.size() != columns.size()) {
            problems.add(new FieldProblem("row", "has " + cells.size() + " cells, the header has " + columns.size()));
            return null;
        }
        OrganizationKind kind = null;
        try {
            kind = OrganizationKind.valueOf(cell("kind").toUpperCase().replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("kind", "'" + cell("kind") + "' is not one of " + Arrays.toString(OrganizationKind.values())));
        }
        Reach reach = new Reach(list("areas"), list("languages"), list("targetGroups"), channels());
        List<ContactPoint> points = new ArrayList<>();
        point(points, "email", ContactPoint.Kind.EMAIL);
        point(points, "phone", ContactPoint.Kind.PHONE);
        point(points, "website", ContactPoint.Kind.WEBSITE);
        // The notice address columns are the organisation's own mailbox and SMS number for notices (forwarded to communications).
        NoticeAddress noticeAddress = new NoticeAddress(cell("noticeEmail"), cell("noticeSms"));
        return new RegisterOrganization(cell("name"), kind, blankToNull(cell("organizationNumber")), blankToNull(cell("description")),
                reach, points, noticeAddress.none() ? null : noticeAddress, null);
    }

    private List<Reach.Channel> channels() {
        List<Reach.Channel> channels = new ArrayList<>();
        List<String> written = list("channels");
        for (int i = 0; i < written.size(); i++) {
            String[] parts = written.get(i).split(":");
            try {
                channels.add(new Reach.Channel(parts[0].strip(), Integer.parseInt(parts[1].strip())));
            } catch (RuntimeException e) {
                problems.add(new FieldProblem("channels[" + i + "]", "'" + written.get(i) + "' is not kind:estimatedReach (e.g. sms:200)"));
            }
        }
        return channels;
    }

    private void point(List<ContactPoint> points, String column, ContactPoint.Kind kind) {
        String value = cell(column);
        if (!value.isBlank()) {
            points.add(new ContactPoint(kind, value.strip()));
        }
    }

    private List<String> list(String column) {
        return Arrays.stream(cell(column).split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String cell(String column) {
        Integer i = columns.get(column);
        return i == null ? "" : cells.get(i);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
