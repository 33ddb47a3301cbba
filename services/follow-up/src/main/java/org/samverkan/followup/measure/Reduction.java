package org.samverkan.followup.measure;

/** What happened to the municipal service: paused altogether or reduced. */
public enum Reduction { PAUSED, REDUCED }
