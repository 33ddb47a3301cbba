package org.samverkan.inventory.need;

/** EDXL-RM has no urgency scale of its own; these map to its free-text urgency (see docs/edxl-rm.md). */
public enum Urgency { LOW, MEDIUM, HIGH, CRITICAL }
