package org.samverkan.followup.dashboard;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A slice of the dashboard over time: one point per day ({@code YYYY-MM-DD}) or month ({@code YYYY-MM}). */
public record TrendView(Period period, String area, String targetGroup, String language, List<Point> points) {

    public enum Period { DAYS, MONTHS }

    public record Point(String bucket, @JsonUnwrapped Metrics metrics) {
    }
}
