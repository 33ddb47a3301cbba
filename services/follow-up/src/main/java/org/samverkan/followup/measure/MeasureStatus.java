package org.samverkan.followup.measure;

/** PLANNED → ACTIVE → ENDED (PLANNED → ENDED too); never backwards; an ENDED measure is history and is not changed any more. */
public enum MeasureStatus {
    PLANNED, ACTIVE, ENDED;

    /** Staying put (a change of other details) or moving forward. */
    boolean canMoveTo(MeasureStatus next) {
        return next.ordinal() >= ordinal();
    }
}
