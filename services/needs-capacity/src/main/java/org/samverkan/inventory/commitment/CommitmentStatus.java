package org.samverkan.inventory.commitment;

/** PROPOSED by staff → ACCEPTED or DECLINED by the organisation → DELIVERED once the whole quantity is delivered. */
public enum CommitmentStatus { PROPOSED, ACCEPTED, DECLINED, DELIVERED }
