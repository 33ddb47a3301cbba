package org.samverkan.followup.observation;

public enum Severity { LOW, MEDIUM, HIGH }
