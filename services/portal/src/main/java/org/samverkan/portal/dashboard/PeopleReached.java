package org.samverkan.portal.dashboard;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.samverkan.reference.ReferenceData;

/**
 * People reported reached per area × language against the estimated speakers there ("Somali speakers in
 * Flemingsberg: about 1,200, reached 300 — 25 %"), from follow-up's reach-share answer. A table of people, kept apart
 * from needs and capacity, which count things: the two are never drawn on one scale. Numbers are formatted for the
 * reader's locale here, names come from the reference data in the reader's language.
 */
public record PeopleReached(List<Area> areas) {

    /** An area's rows, so the table can give the area's name once as the header of its row group. */
    public record Area(String code, String name, List<Row> rows) {
    }

    /**
     * @param estimate   the estimated speakers formatted, or null where the reference data gives no estimate
     * @param percent    the share as a whole per cent ("25 %"), or null without an estimate
     * @param over       more people reported reached than estimated speakers (relays of several notices add up):
     *                   shown as "over 100 %" rather than a figure that reads as more than everyone
     * @param barWidth   0..1 of the share bar
     */
    public record Row(String language, String languageName, String estimate, String reached, String percent, boolean over,
                      double barWidth) {
    }

    @SuppressWarnings("unchecked")
    static PeopleReached of(Map<String, Object> view, ReferenceData reference, Locale locale) {
        NumberFormat integers = NumberFormat.getIntegerInstance(locale);
        NumberFormat percents = NumberFormat.getPercentInstance(locale);
        percents.setMaximumFractionDigits(0);
        Map<String, List<Row>> byArea = new LinkedHashMap<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) view.getOrDefault("rows", List.of())) {
            String language = (String) r.get("language");
            Number estimate = (Number) r.get("estimatedSpeakers");
            Number reached = (Number) r.get("peopleReached");
            Number share = (Number) r.get("share");
            boolean over = share != null && share.doubleValue() > 1;
            String percent = share == null ? null : percents.format(Math.min(share.doubleValue(), 1.0));
            byArea.computeIfAbsent((String) r.get("area"), a -> new ArrayList<>()).add(new Row(language,
                    reference.language(language).map(l -> l.name(locale)).orElse(language),
                    estimate == null ? null : integers.format(estimate.longValue()),
                    integers.format(reached == null ? 0 : reached.longValue()), percent, over,
                    share == null ? 0 : Math.min(share.doubleValue(), 1.0)));
        }
        List<Area> areas = new ArrayList<>();
        byArea.forEach((code, rows) -> areas.add(new Area(code, reference.area(code).map(a -> a.name(locale)).orElse(code),
                List.copyOf(rows))));
        return new PeopleReached(List.copyOf(areas));
    }

    public boolean isEmpty() {
        return areas.isEmpty();
    }
}
