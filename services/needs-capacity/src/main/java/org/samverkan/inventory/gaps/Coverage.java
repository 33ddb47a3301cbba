package org.samverkan.inventory.gaps;

/**
 * How a cell stands, in the order the analysis lists cells: UNCOVERED (still needed, nothing available),
 * SHORT (available capacity would not close the gap), COVERABLE (available capacity could close it), COVERED
 * (committed meets what is needed).
 */
public enum Coverage {
    UNCOVERED, SHORT, COVERABLE, COVERED;

    static Coverage of(int needed, int committed, int available) {
        int gap = Math.max(0, needed - committed);
        if (gap == 0) {
            return COVERED;
        }
        if (available == 0) {
            return UNCOVERED;
        }
        return available >= gap ? COVERABLE : SHORT;
    }
}
