package org.samverkan.followup.dashboard;

import java.util.HashSet;
import java.util.Set;

/** The running figures of one cell while facts are counted; notices are kept as ids so each counts once. */
final class Tally {
    long organizations;
    long capacity;
    long offers;
    long needsOpen;
    long needsMet;
    final Set<String> notices = new HashSet<>();
    long observations;
    long rumours;
    long stigmatising;

    Metrics metrics() {
        return new Metrics(organizations, capacity, offers, needsOpen, needsMet, notices.size(), observations, rumours, stigmatising);
    }
}
