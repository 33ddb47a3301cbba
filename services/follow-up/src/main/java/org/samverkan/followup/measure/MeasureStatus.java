package org.samverkan.followup.measure;

/** PLANNED → ACTIVE → ENDED; an ENDED measure is history and is not changed any more. */
public enum MeasureStatus { PLANNED, ACTIVE, ENDED }
