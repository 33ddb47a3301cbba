package org.samverkan.communications.delivery;

/** PENDING (to be tried, or retried) → DELIVERED, or FAILED once retries are exhausted. */
public enum DeliveryStatus { PENDING, DELIVERED, FAILED }
