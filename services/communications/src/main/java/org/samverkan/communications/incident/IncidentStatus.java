package org.samverkan.communications.incident;

/** open → closed → archived. A closed incident leaves the default lists; its notices stay as they are. */
public enum IncidentStatus { OPEN, CLOSED, ARCHIVED }
