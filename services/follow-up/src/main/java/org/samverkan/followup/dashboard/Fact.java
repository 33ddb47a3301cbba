package org.samverkan.followup.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * One event as the dashboard keeps it: the source aggregate's version, the event's own time and type, and the few
 * attributes the figures need. Facts are never changed once stored; figures are computed from them at query time, so
 * a fact stored twice, late or out of order still gives the same figures.
 *
 * @param v         the source aggregate's version (the idempotency guard)
 * @param at        event time: the event's own timestamp, else its ce_time — never when it was consumed
 * @param type      the event type's short name, e.g. {@code OfferUpdated}
 * @param quantity  an offer's remaining (available) quantity
 * @param notice    for deliveries, the notice delivered
 * @param language  a rumour's language, or the language a relay passed a notice on in
 * @param area      the area a relay passed a notice on in
 */
public record Fact(long v, Instant at, String type, String org, String status, List<String> areas, List<String> groups,
                   List<String> languages, Integer quantity, Instant from, Instant until, String notice, String kind,
                   String language, String area, Boolean stigmatising, Integer people, String incident) {
    public Fact {
        areas = areas == null ? List.of() : areas;
        groups = groups == null ? List.of() : groups;
        languages = languages == null ? List.of() : languages;
    }

    static Fact of(long v, Instant at, String type) {
        return new Fact(v, at, type, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    Fact org(String org) {
        return new Fact(v, at, type, org, status, areas, groups, languages, quantity, from, until, notice, kind, language, area,
                stigmatising, people, incident);
    }

    Fact status(String status) {
        return new Fact(v, at, type, org, status, areas, groups, languages, quantity, from, until, notice, kind, language, area,
                stigmatising, people, incident);
    }

    Fact coverage(List<String> areas, List<String> groups, List<String> languages) {
        return new Fact(v, at, type, org, status, areas, groups, languages, quantity, from, until, notice, kind, language, area,
                stigmatising, people, incident);
    }

    Fact capacity(int quantity, Instant from, Instant until) {
        return new Fact(v, at, type, org, status, areas, groups, languages, quantity, from, until, notice, kind, language, area,
                stigmatising, people, incident);
    }

    Fact delivery(String notice, String kind, String language, String area, Integer people) {
        return new Fact(v, at, type, org, status, areas, groups, languages, quantity, from, until, notice, kind, language, area,
                stigmatising, people, incident);
    }

    Fact rumour(String language, boolean stigmatising) {
        return new Fact(v, at, type, org, status, areas, groups, languages, quantity, from, until, notice, kind, language, area,
                stigmatising, people, incident);
    }

    Fact incident(String incident) {
        return new Fact(v, at, type, org, status, areas, groups, languages, quantity, from, until, notice, kind, language, area,
                stigmatising, people, incident);
    }
}
