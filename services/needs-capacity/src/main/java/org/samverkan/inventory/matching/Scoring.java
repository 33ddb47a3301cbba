package org.samverkan.inventory.matching;

import java.time.Instant;
import java.util.List;

import org.samverkan.inventory.need.NeedView;

/**
 * The documented scoring rule (docs/api.md, "Matching"). Gates — an offer is not listed unless: same resource
 * type, at least one needed area in common, remaining quantity above zero, not expired, its organisation
 * verified. Score = 0.30·area + 0.25·language + 0.15·group + 0.10·availability + 0.20·quantity, where
 * area/language/group = share of the need's codes the offer covers (1 when the need names none),
 * availability = 1 if the offer starts on or before needed-by else 0, quantity = min(1, remaining / outstanding).
 * Ties: more remaining first, then offer id, so the order is stable.
 */
final class Scoring {
    static final double AREA = 0.30;
    static final double LANGUAGE = 0.25;
    static final double GROUP = 0.15;
    static final double AVAILABILITY = 0.10;
    static final double QUANTITY = 0.20;

    private Scoring() {
    }

    static List<Criterion> explain(NeedView need, Candidate offer) {
        return List.of(
                new Criterion("resourceType", 0, 1, List.of(need.resourceType()), List.of(), "offers " + offer.resourceType() + " as needed"),
                coverage("areas", AREA, need.areas(), offer.areas()),
                coverage("languages", LANGUAGE, need.languages(), offer.languages()),
                coverage("targetGroups", GROUP, need.targetGroups(), offer.targetGroups()),
                availability(need.neededBy(), offer.availableFrom()),
                quantity(need.outstanding(), offer.remaining(), offer.unit()));
    }

    static double total(List<Criterion> criteria) {
        return round(criteria.stream().mapToDouble(c -> c.weight() * c.score()).sum());
    }

    static Criterion coverage(String name, double weight, List<String> needed, List<String> offered) {
        if (needed.isEmpty()) {
            return new Criterion(name, weight, 1, List.of(), List.of(), "the need names no " + name);
        }
        List<String> covered = needed.stream().filter(offered::contains).toList();
        List<String> missing = needed.stream().filter(c -> !offered.contains(c)).toList();
        return new Criterion(name, weight, round((double) covered.size() / needed.size()), covered, missing,
                "covers " + covered.size() + " of " + needed.size() + " needed " + name);
    }

    static Criterion availability(Instant neededBy, Instant availableFrom) {
        boolean inTime = !availableFrom.isAfter(neededBy);
        return new Criterion("availability", AVAILABILITY, inTime ? 1 : 0, List.of(), List.of(),
                "available from " + availableFrom + (inTime ? ", on or before" : ", after") + " needed-by " + neededBy);
    }

    static Criterion quantity(int outstanding, int remaining, String unit) {
        double score = outstanding == 0 ? 1 : Math.min(1, (double) remaining / outstanding);
        return new Criterion("quantity", QUANTITY, round(score), List.of(), List.of(),
                remaining + " " + unit + " remaining for " + outstanding + " outstanding");
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
