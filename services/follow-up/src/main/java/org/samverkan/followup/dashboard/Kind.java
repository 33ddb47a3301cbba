package org.samverkan.followup.dashboard;

/** The aggregates the dashboard keeps facts of; one collection each per generation. */
public enum Kind {
    ORGANIZATIONS, OFFERS, NEEDS, COMMITMENTS, NOTICES, DELIVERIES, OBSERVATIONS, RUMOURS;

    /** e.g. {@code dashboard_g0_offers}: a rebuild fills a fresh generation next to the live one. */
    String collection(String generation) {
        return "dashboard_" + generation + "_" + name().toLowerCase();
    }
}
