package org.samverkan.inventory.gaps;

import java.util.List;

/**
 * One cell of the analysis. {@code targetGroup} or {@code language} is {@value GapCell#ANY} for needs that name
 * none. {@code organizations} are the names of the organisations committed to needs in the cell.
 */
public record GapCell(String area, String targetGroup, String language, String resourceType, int needed, int committed,
                      int available, int gap, Coverage coverage, List<String> organizations) {
    public static final String ANY = "*";
}
