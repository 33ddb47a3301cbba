package org.samverkan.followup.dashboard;

/**
 * A cell's figures. State figures are values at the end of the period or bucket: verified organisations reaching the
 * cell, live offers of verified organisations (count, and sum of available quantity), needs open (OPEN or
 * PARTIALLY_MET) and met (MET). Activity figures count what happened within it: distinct notices that reached the cell
 * (delivered, acknowledged or relayed), observations and rumours reported (and rumours flagged stigmatising).
 */
public record Metrics(long organizationsReaching, long capacityAvailable, long offers, long needsOpen, long needsMet,
                      long noticesReached, long observations, long rumours, long stigmatisingRumours) {
    public static final Metrics NONE = new Metrics(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
