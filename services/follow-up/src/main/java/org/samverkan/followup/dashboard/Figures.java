package org.samverkan.followup.dashboard;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.samverkan.followup.dashboard.Coverage.Codes;

/**
 * The dashboard's counting rules, applied to stored facts for one window [start, end) in event time. State figures
 * look at each aggregate's newest fact from before {@code end} — or from before now, for a window that has not ended
 * yet (an offer expiring later today still counts, one available only tomorrow does not); activity figures at facts
 * within the window. Pure computation: the same facts always give the same figures, however and in whichever order
 * they were stored.
 */
final class Figures {
    static final Set<String> REACHING = Set.of("NoticeDelivered", "NoticeAcknowledged", "NoticeRelayed");
    private final Facts facts;
    private final Codes codes;

    Figures(Facts facts, Codes codes) {
        this.facts = facts;
        this.codes = codes;
    }

    /** A window that has ended: state at its end. */
    Map<String, Tally> count(Instant start, Instant end, Axis axis) {
        return count(start, end, end, axis);
    }

    /** @param asOf now: state is taken at the window's end or at now, whichever comes first */
    Map<String, Tally> count(Instant start, Instant windowEnd, Instant asOf, Axis axis) {
        Instant stateAt = asOf.isBefore(windowEnd) ? asOf : windowEnd;
        Map<String, Tally> cells = new HashMap<>();
        for (Timeline org : facts.of(Kind.ORGANIZATIONS)) {
            org.before(stateAt).filter(Figures::verified)
                    .ifPresent(f -> axis.keys(Coverage.literal(f)).forEach(k -> cell(cells, k).organizations++));
        }
        for (Timeline offer : facts.of(Kind.OFFERS)) {
            offer.before(stateAt).filter(f -> live(f, stateAt)).ifPresent(f -> axis.keys(concerns(f)).forEach(k -> {
                Tally t = cell(cells, k);
                t.offers++;
                t.capacity += f.quantity() == null ? 0 : f.quantity();
            }));
        }
        for (Timeline need : facts.of(Kind.NEEDS)) {
            need.before(stateAt).ifPresent(f -> axis.keys(concerns(f)).forEach(k -> {
                switch (f.status()) {
                    case "OPEN", "PARTIALLY_MET" -> cell(cells, k).needsOpen++;
                    case "MET" -> cell(cells, k).needsMet++;
                    default -> { }
                }
            }));
        }
        for (Timeline observation : facts.of(Kind.OBSERVATIONS)) {
            observation.first("ObservationReported").filter(f -> within(f, start, windowEnd))
                    .ifPresent(f -> axis.keys(concerns(f)).forEach(k -> cell(cells, k).observations++));
        }
        for (Timeline rumour : facts.of(Kind.RUMOURS)) {
            Optional<Fact> reported = rumour.first("RumourReported").or(() -> rumour.states().stream().findFirst());
            if (reported.isPresent() && within(reported.get(), start, windowEnd)) {
                Fact now = rumour.before(stateAt).orElse(reported.get());
                List<String> language = now.language() == null ? List.of() : List.of(now.language());
                axis.keys(Coverage.anyIfEmpty(now.areas(), now.groups(), language, codes)).forEach(k -> {
                    cell(cells, k).rumours++;
                    if (Boolean.TRUE.equals(now.stigmatising())) {
                        cell(cells, k).stigmatising++;
                    }
                });
            }
        }
        for (Timeline delivery : facts.of(Kind.DELIVERIES)) {
            for (Fact f : delivery.states()) {
                if (REACHING.contains(f.type()) && within(f, start, windowEnd)) {
                    reached(delivery, f).ifPresent(c -> axis.keys(c).forEach(k -> cell(cells, k).notices.add(f.notice())));
                }
            }
        }
        return cells;
    }

    /**
     * People relay reports said a notice was passed on to within [start, end), per {@link Axis#key area|language}:
     * each relay report counts its {@code people} once (a report delivered twice is one fact, kept once per source
     * version); two reports, of one notice or of two, add up, as each is a separate passing-on. Counted by the same
     * rule as {@code noticesReached} — a relay of a situation update, of a notice not (yet) known or from its
     * cancellation on counts nothing.
     *
     * @param incident only relays of that incident's notices; {@code null}: every notice
     */
    Map<String, Long> peopleRelayed(Instant start, Instant end, String incident) {
        Map<String, Long> people = new HashMap<>();
        for (Timeline delivery : facts.of(Kind.DELIVERIES)) {
            for (Fact f : delivery.states()) {
                if ("NoticeRelayed".equals(f.type()) && f.people() != null && within(f, start, end)
                        && (incident == null || incident.equals(incidentOf(f)))) {
                    reached(delivery, f).ifPresent(c -> new Axis.ByLanguage().keys(c)
                            .forEach(k -> people.merge(k, (long) f.people(), Long::sum)));
                }
            }
        }
        return people;
    }

    private String incidentOf(Fact delivery) {
        Timeline notice = facts.notice(delivery.notice());
        return notice == null ? null : notice.before(delivery.at()).or(notice::latest).map(Fact::incident).orElse(null);
    }

    /**
     * Where one delivery fact took a notice: the notice's target areas and groups that the organisation reaches (as it
     * was then), in the languages delivered that it works in; a relay names its own area and language. Empty for a
     * situation update, a notice not (yet) known, or one cancelled by then (what happens after a cancellation reaches
     * no one with the notice).
     */
    Optional<Coverage> reached(Timeline delivery, Fact f) {
        Timeline notice = facts.notice(f.notice());
        Timeline org = facts.organization(f.org());
        if ("SITUATION_UPDATE".equals(f.kind()) || notice == null || org == null || cancelledBy(notice, f.at())) {
            return Optional.empty();
        }
        Fact n = notice.before(f.at()).or(notice::latest).orElseThrow();
        Fact o = org.before(f.at()).or(() -> org.states().stream().findFirst()).orElseThrow();
        Coverage target = Coverage.anyIfEmpty(n.areas(), n.groups(), n.languages(), codes);
        if ("NoticeRelayed".equals(f.type())) {
            List<String> area = f.area() == null ? List.of() : List.of(f.area());
            List<String> language = f.language() == null ? List.of() : List.of(f.language());
            return Optional.of(new Coverage(area, Coverage.literal(o).intersect(target).groups(), language));
        }
        List<String> delivered = delivery.first("NoticeDelivered").map(Fact::languages).orElse(List.of());
        return Optional.of(Coverage.literal(o).intersect(new Coverage(target.areas(), target.groups(), delivered)));
    }

    /** Whether the notice was cancelled at or before this instant. */
    static boolean cancelledBy(Timeline notice, Instant at) {
        return notice.first("NoticeCancelled").filter(c -> !c.at().isAfter(at)).isPresent();
    }

    private Coverage concerns(Fact f) {
        return Coverage.anyIfEmpty(f.areas(), f.groups(), f.languages(), codes);
    }

    /** A live offer: active, already available, not expired, and its organisation verified at that moment. */
    private boolean live(Fact offer, Instant end) {
        boolean available = "ACTIVE".equals(offer.status()) && (offer.from() == null || offer.from().isBefore(end))
                && (offer.until() == null || !offer.until().isBefore(end));
        Timeline org = facts.organization(offer.org());
        return available && org != null && org.before(end).filter(Figures::verified).isPresent();
    }

    private static boolean verified(Fact org) {
        return "VERIFIED".equals(org.status());
    }

    static boolean within(Fact f, Instant start, Instant end) {
        return !f.at().isBefore(start) && f.at().isBefore(end);
    }

    private static Tally cell(Map<String, Tally> cells, String key) {
        return cells.computeIfAbsent(key, k -> new Tally());
    }
}
