package org.samverkan.inventory.offer;

/** EDXL-RM: an ACTIVE offer is an open OfferUnsolicitedResource; WITHDRAWN ends it (existing commitments stay). */
public enum OfferStatus { ACTIVE, WITHDRAWN }
