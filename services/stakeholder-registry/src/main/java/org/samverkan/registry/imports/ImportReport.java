package org.samverkan.registry.imports;

import java.util.List;

import org.samverkan.platform.web.FieldProblem;

/**
 * What happened to each row of an import. {@code row} is the line number in the file (the header is line 1, as a
 * spreadsheet shows it). CREATED: a new pending organisation. FLAGGED_DUPLICATE: created, but its name resembles
 * {@code similarTo}, which waits in the verification queue. REJECTED: nothing written; {@code problems} say why
 * (an organisation number already registered is rejected naming organizationNumber).
 */
record ImportReport(int created, int flagged, int rejected, List<Row> rows) {

    enum Outcome { CREATED, FLAGGED_DUPLICATE, REJECTED }

    record Row(int row, Outcome outcome, String organizationId, List<String> similarTo, List<FieldProblem> problems) {
    }

    static ImportReport of(List<Row> rows) {
        return new ImportReport(count(rows, Outcome.CREATED), count(rows, Outcome.FLAGGED_DUPLICATE), count(rows, Outcome.REJECTED), rows);
    }

    private static int count(List<Row> rows, Outcome outcome) {
        return (int) rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
