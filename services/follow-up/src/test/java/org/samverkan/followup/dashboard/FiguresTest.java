package org.samverkan.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.followup.dashboard.Coverage.Codes;

/** The counting rules on facts in memory: distinct counting per cell, event time, state at a bucket's end. */
class FiguresTest {
    static final Codes CODES = new Codes(List.of("flemingsberg", "varby"), List.of("older-people", "newly-arrived"),
            List.of("so", "ar", "ti"));
    static final Instant DAY1 = Instant.parse("2026-03-02T23:00:00Z");
    static final Instant DAY2 = Instant.parse("2026-03-03T23:00:00Z");
    static final Instant DAY3 = Instant.parse("2026-03-04T23:00:00Z");
    private final Map<Kind, List<Timeline>> store = new EnumMap<>(Kind.class);

    @Test
    void anOrganisationReachingTwoLanguagesCountsOnceInAnAreaByGroupCell() {
        org("o1", 1, DAY1.plusSeconds(60), "VERIFIED", List.of("flemingsberg"), List.of("so", "ar"), List.of("older-people"));
        var byGroup = figures().count(DAY1, DAY2, new Axis.ByGroup());
        var byLanguage = figures().count(DAY1, DAY2, new Axis.ByLanguage());
        assertThat(byGroup.get(Axis.key("flemingsberg", "older-people")).organizations).isEqualTo(1);
        assertThat(byLanguage.get(Axis.key("flemingsberg", "so")).organizations).isEqualTo(1);
        assertThat(byLanguage.get(Axis.key("flemingsberg", "ar")).organizations).isEqualTo(1);
        assertThat(byGroup).doesNotContainKey(Axis.key("flemingsberg", "newly-arrived"));
    }

    @Test
    void areaTotalsCountAnOrganisationReachingSeveralGroupsOnce() {
        org("o1", 1, DAY1.plusSeconds(60), "VERIFIED", List.of("flemingsberg", "varby"), List.of("so"),
                List.of("older-people", "newly-arrived"));
        org("o2", 1, DAY1.plusSeconds(60), "VERIFIED", List.of("flemingsberg"), List.of("ti"), List.of("older-people"));
        var totals = figures().count(DAY1, DAY2, new Axis.ByArea());
        assertThat(totals.get(Axis.key("flemingsberg", "")).organizations).isEqualTo(2);
        assertThat(totals.get(Axis.key("varby", "")).organizations).isEqualTo(1);
    }

    @Test
    void stateFiguresAreTheNewestStateBeforeTheBucketEndsInEventTime() {
        // Verified on day 1, suspended on day 2: reaches at the end of day 1, not at the end of day 2.
        org("o1", 2, DAY1.plusSeconds(3600), "SUSPENDED", List.of("flemingsberg"), List.of("so"), List.of("older-people"));
        org("o1", 1, DAY1.minusSeconds(3600), "VERIFIED", List.of("flemingsberg"), List.of("so"), List.of("older-people"));
        Axis all = new Axis.Slice(null, null, null);
        assertThat(figures().count(DAY1.minusSeconds(86_400), DAY1, all).get(Axis.Slice.TOTAL).organizations).isEqualTo(1);
        assertThat(figures().count(DAY1, DAY2, all)).doesNotContainKey(Axis.Slice.TOTAL);
    }

    @Test
    void activityCountsOnlyWhatHappenedWithinTheBucket() {
        add(Kind.OBSERVATIONS, "obs-1", Fact.of(1, DAY1.plusSeconds(10), "ObservationReported")
                .coverage(List.of("flemingsberg"), List.of("older-people"), List.of()));
        add(Kind.OBSERVATIONS, "obs-2", Fact.of(1, DAY2.plusSeconds(10), "ObservationReported")
                .coverage(List.of("flemingsberg"), List.of(), List.of()));
        Axis area = new Axis.Slice("flemingsberg", null, null);
        assertThat(figures().count(DAY1, DAY2, area).get(Axis.Slice.TOTAL).observations).isEqualTo(1);
        assertThat(figures().count(DAY1, DAY3, area).get(Axis.Slice.TOTAL).observations).isEqualTo(2);
        // An observation naming no group concerns every group.
        var byGroup = figures().count(DAY2, DAY3, new Axis.ByGroup());
        assertThat(byGroup.get(Axis.key("flemingsberg", "newly-arrived")).observations).isEqualTo(1);
        assertThat(byGroup.get(Axis.key("flemingsberg", "older-people")).observations).isEqualTo(1);
    }

    @Test
    void onlyLiveOffersOfVerifiedOrganisationsCountTheirAvailableQuantity() {
        org("o1", 1, DAY1.minusSeconds(60), "VERIFIED", List.of("flemingsberg"), List.of("so"), List.of("older-people"));
        org("o2", 1, DAY1.minusSeconds(60), "PENDING", List.of("flemingsberg"), List.of("so"), List.of("older-people"));
        offer("f1", 1, "o1", "ACTIVE", 7, DAY1.minusSeconds(60), null);
        offer("f2", 1, "o2", "ACTIVE", 5, DAY1.minusSeconds(60), null);
        offer("f3", 1, "o1", "WITHDRAWN", 4, DAY1.minusSeconds(60), null);
        offer("f4", 1, "o1", "ACTIVE", 3, DAY2.plusSeconds(60), null);
        offer("f5", 1, "o1", "ACTIVE", 2, DAY1.minusSeconds(120), DAY1.minusSeconds(60));
        Tally t = figures().count(DAY1, DAY2, new Axis.Slice("flemingsberg", "older-people", "so")).get(Axis.Slice.TOTAL);
        assertThat(t.offers).isEqualTo(1);
        assertThat(t.capacity).isEqualTo(7);
    }

    @Test
    void aBucketThatHasNotEndedShowsStateAsOfNowNotAtItsFutureEnd() {
        org("o1", 1, DAY1.minusSeconds(60), "VERIFIED", List.of("flemingsberg"), List.of("so"), List.of("older-people"));
        // Still available now, expiring tomorrow (inside the bucket): counts.
        offer("f1", 1, "o1", "ACTIVE", 7, DAY1.minusSeconds(60), DAY2.plusSeconds(3600));
        // Registered now, but available only from tomorrow: does not count yet.
        add(Kind.OFFERS, "f2", Fact.of(1, DAY1.plusSeconds(60), "OfferRegistered").org("o1").status("ACTIVE")
                .coverage(List.of("flemingsberg"), List.of("older-people"), List.of("so")).capacity(3, DAY2, null));
        Instant now = DAY1.plusSeconds(3600);
        Tally t = figures().count(DAY1, DAY3, now, new Axis.Slice("flemingsberg", "older-people", "so")).get(Axis.Slice.TOTAL);
        assertThat(t.offers).isEqualTo(1);
        assertThat(t.capacity).isEqualTo(7);
    }

    @Test
    void deliveriesFromANoticesCancellationOnReachNoOne() {
        org("o1", 1, DAY1.minusSeconds(60), "VERIFIED", List.of("flemingsberg"), List.of("so"), List.of("older-people"));
        org("o2", 1, DAY1.minusSeconds(60), "VERIFIED", List.of("flemingsberg"), List.of("ar"), List.of("older-people"));
        add(Kind.NOTICES, "n1", Fact.of(3, DAY1, "NoticePublished").coverage(List.of("flemingsberg"), List.of(), List.of("so", "ar")));
        add(Kind.NOTICES, "n1", Fact.of(4, DAY1.plusSeconds(90), "NoticeCancelled").status("CANCELLED")
                .coverage(List.of("flemingsberg"), List.of(), List.of()));
        add(Kind.DELIVERIES, "n1:o1", Fact.of(1, DAY1.plusSeconds(60), "NoticeDelivered").org("o1").coverage(null, null, List.of("so", "ar"))
                .delivery("n1", "NOTICE", null, null, null));
        add(Kind.DELIVERIES, "n1:o2", Fact.of(1, DAY1.plusSeconds(120), "NoticeDelivered").org("o2").coverage(null, null, List.of("so", "ar"))
                .delivery("n1", "NOTICE", null, null, null));
        add(Kind.DELIVERIES, "n1:o1", Fact.of(2, DAY1.plusSeconds(90), "NoticeAcknowledged").org("o1").delivery("n1", "NOTICE", null, null, null));
        var byLanguage = figures().count(DAY1, DAY2, new Axis.ByLanguage());
        // Delivered to o1 before the cancellation: reached Somali; o2's delivery came after it (its ack at the instant too).
        assertThat(byLanguage.get(Axis.key("flemingsberg", "so")).metrics().noticesReached()).isEqualTo(1);
        assertThat(byLanguage.get(Axis.key("flemingsberg", "ar")).metrics().noticesReached()).isZero();
    }

    @Test
    void aNoticeReachesACellOnceHoweverManyDeliveriesReachIt() {
        org("o1", 1, DAY1.minusSeconds(60), "VERIFIED", List.of("flemingsberg"), List.of("so"), List.of("older-people"));
        org("o2", 1, DAY1.minusSeconds(60), "VERIFIED", List.of("flemingsberg"), List.of("so", "ar"), List.of("older-people"));
        add(Kind.NOTICES, "n1", Fact.of(3, DAY1, "NoticePublished").coverage(List.of("flemingsberg", "varby"), List.of(), List.of("so", "ar")));
        add(Kind.DELIVERIES, "n1:o1", Fact.of(1, DAY1.plusSeconds(60), "NoticeDelivered").org("o1").coverage(null, null, List.of("so", "ar"))
                .delivery("n1", "NOTICE", null, null, null));
        add(Kind.DELIVERIES, "n1:o2", Fact.of(1, DAY1.plusSeconds(60), "NoticeDelivered").org("o2").coverage(null, null, List.of("so", "ar"))
                .delivery("n1", "NOTICE", null, null, null));
        add(Kind.DELIVERIES, "n1:o2", Fact.of(2, DAY1.plusSeconds(120), "NoticeAcknowledged").org("o2").delivery("n1", "NOTICE", null, null, null));
        var byLanguage = figures().count(DAY1, DAY2, new Axis.ByLanguage());
        assertThat(byLanguage.get(Axis.key("flemingsberg", "so")).metrics().noticesReached()).isEqualTo(1);
        // Only o2 works in Arabic; the notice reached no one in Vårby.
        assertThat(byLanguage.get(Axis.key("flemingsberg", "ar")).metrics().noticesReached()).isEqualTo(1);
        assertThat(byLanguage).doesNotContainKey(Axis.key("varby", "so"));
    }

    @Test
    void factsStoredOutOfOrderGiveTheSameFigures() {
        Fact verified = Fact.of(2, DAY1.plusSeconds(60), "OrganizationVerified").status("VERIFIED")
                .coverage(List.of("varby"), List.of("older-people"), List.of("so"));
        Fact registered = Fact.of(1, DAY1.plusSeconds(30), "OrganizationRegistered").status("PENDING")
                .coverage(List.of("varby"), List.of("older-people"), List.of("so"));
        store.put(Kind.ORGANIZATIONS, List.of(new Timeline("o1", List.of(verified, registered))));
        var reversed = figures().count(DAY1, DAY2, new Axis.ByArea());
        store.put(Kind.ORGANIZATIONS, List.of(new Timeline("o1", List.of(registered, verified))));
        assertThat(figures().count(DAY1, DAY2, new Axis.ByArea()).get(Axis.key("varby", "")).metrics())
                .isEqualTo(reversed.get(Axis.key("varby", "")).metrics());
    }

    private Figures figures() {
        return new Figures(new Facts(store), CODES);
    }

    private void org(String id, long v, Instant at, String status, List<String> areas, List<String> languages, List<String> groups) {
        add(Kind.ORGANIZATIONS, id, Fact.of(v, at, "Organization").status(status).coverage(areas, groups, languages));
    }

    private void offer(String id, long v, String org, String status, int quantity, Instant from, Instant until) {
        add(Kind.OFFERS, id, Fact.of(v, from, "OfferRegistered").org(org).status(status)
                .coverage(List.of("flemingsberg"), List.of("older-people"), List.of("so")).capacity(quantity, from, until));
    }

    private void add(Kind kind, String id, Fact fact) {
        List<Timeline> timelines = new ArrayList<>(store.getOrDefault(kind, List.of()));
        Timeline existing = timelines.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        List<Fact> facts = new ArrayList<>(existing == null ? List.of() : existing.states());
        facts.add(fact);
        timelines.remove(existing);
        timelines.add(new Timeline(id, facts));
        store.put(kind, timelines);
    }
}
