package org.samverkan.followup.dashboard;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * Area × target group or area × language for a period: state figures at its end, activity within it; every area and
 * column code of the reference data, so absent cells read as zero rather than missing.
 */
public record MatrixView(LocalDate from, LocalDate to, String columns, List<String> areas, List<String> columnCodes,
                         List<Cell> cells, List<AreaTotal> areaTotals) {

    public record Cell(String area, String column, @JsonUnwrapped Metrics metrics) {
    }

    /** An area's figures counted distinctly: an organisation reaching three groups there counts once. */
    public record AreaTotal(String area, @JsonUnwrapped Metrics metrics) {
    }
}
