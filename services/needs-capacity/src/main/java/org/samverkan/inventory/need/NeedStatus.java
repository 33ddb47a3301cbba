package org.samverkan.inventory.need;

/**
 * REPORTED: an organisation reported it and staff have not confirmed it yet (it is not matched or counted).
 * OPEN → PARTIALLY_MET → MET follow the delivered quantity; CLOSED is staff's decision.
 */
public enum NeedStatus { REPORTED, OPEN, PARTIALLY_MET, MET, CLOSED }
