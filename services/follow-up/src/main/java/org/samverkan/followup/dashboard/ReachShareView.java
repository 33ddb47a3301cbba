package org.samverkan.followup.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * People reported reached per area × language for a period, beside the estimated number of speakers there.
 *
 * @param incident the incident the relays were filtered on, {@code null} for every notice
 */
public record ReachShareView(LocalDate from, LocalDate to, String incident, List<Row> rows) {

    /**
     * @param estimatedSpeakers area population × the language's share, rounded to tens — an estimate from the
     *                          reference data; {@code null} where either is missing or it rounds to nothing
     * @param peopleReached     the sum of relay reports' {@code people} within the period
     * @param share             peopleReached / estimatedSpeakers to three decimals, not capped (the same person
     *                          reached by two notices counts twice); {@code null} without an estimate
     */
    public record Row(String area, String language, Long estimatedSpeakers, long peopleReached, Double share) {
    }
}
