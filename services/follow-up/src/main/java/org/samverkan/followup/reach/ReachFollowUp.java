package org.samverkan.followup.reach;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.samverkan.followup.dashboard.DashboardQueries;
import org.samverkan.followup.dashboard.Fact;
import org.samverkan.followup.dashboard.Facts;
import org.samverkan.followup.dashboard.Kind;
import org.samverkan.followup.dashboard.Timeline;
import org.springframework.stereotype.Component;

/**
 * Reach follow-up per notice, from communications' delivery events as the dashboard keeps them, by the dashboard's rule
 * (so both tell the same story): a delivery or an acknowledgement reaches the notice's targeted areas and groups that
 * the organisation reaches (by its registry reach at that time), in the languages delivered that it works in — a text
 * in a language the organisation does not work in reaches no one through it; a relay reaches the area and language it
 * names. Nothing that happens from a notice's cancellation on counts.
 */
@Component
class ReachFollowUp {
    private final DashboardQueries dashboard;

    ReachFollowUp(DashboardQueries dashboard) {
        this.dashboard = dashboard;
    }

    List<NoticeReach> all() {
        Facts facts = dashboard.facts();
        Map<String, List<Timeline>> deliveries = facts.of(Kind.DELIVERIES).stream()
                .collect(Collectors.groupingBy(d -> d.states().getFirst().notice()));
        return facts.of(Kind.NOTICES).stream().map(n -> reach(facts, n, deliveries.getOrDefault(n.id(), List.of())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(NoticeReach::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(NoticeReach::noticeId))
                .toList();
    }

    Optional<NoticeReach> of(String noticeId) {
        Facts facts = dashboard.facts();
        List<Timeline> deliveries = facts.of(Kind.DELIVERIES).stream()
                .filter(d -> noticeId.equals(d.states().getFirst().notice())).toList();
        return Optional.ofNullable(facts.notice(noticeId)).flatMap(n -> reach(facts, n, deliveries));
    }

    /** @param deliveries the notice's deliveries (a delivery's id, and so all its facts, belong to one notice) */
    private Optional<NoticeReach> reach(Facts facts, Timeline notice, List<Timeline> deliveries) {
        Optional<Fact> published = notice.states().stream().filter(f -> !"NoticeCancelled".equals(f.type())).reduce((a, b) -> b);
        if (published.isEmpty()) {
            return Optional.empty();
        }
        Fact n = published.get();
        Instant cancelledAt = notice.first("NoticeCancelled").map(Fact::at).orElse(null);
        Set<String> areas = new LinkedHashSet<>();
        Set<String> languages = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        long delivered = 0, acknowledged = 0, relayed = 0, failed = 0;
        for (Timeline delivery : deliveries) {
            List<Fact> mine = delivery.states().stream().filter(f -> !"SITUATION_UPDATE".equals(f.kind()))
                    .filter(f -> cancelledAt == null || f.at().isBefore(cancelledAt)).toList();
            List<String> sent = delivery.first("NoticeDelivered").map(Fact::languages).orElse(List.of());
            for (Fact f : mine) {
                switch (f.type()) {
                    case "NoticeDelivered" -> delivered++;
                    case "NoticeAcknowledged" -> acknowledged++;
                    case "NoticeRelayed" -> relayed++;
                    case "DeliveryFailed" -> failed++;
                    default -> { }
                }
                if ("NoticeRelayed".equals(f.type())) {
                    add(areas, f.area());
                    add(languages, f.language());
                    organization(facts, f).ifPresent(o -> groups.addAll(o.groups()));
                } else if (!"DeliveryFailed".equals(f.type())) {
                    organization(facts, f).ifPresent(o -> {
                        areas.addAll(o.areas());
                        groups.addAll(o.groups());
                        sent.stream().filter(o.languages()::contains).forEach(languages::add);
                    });
                }
            }
        }
        return Optional.of(new NoticeReach(notice.id(), n.incident(), publishedAt(notice), cancelledAt != null,
                NoticeReach.Share.of(n.areas(), new ArrayList<>(areas)), NoticeReach.Share.of(n.languages(), new ArrayList<>(languages)),
                NoticeReach.Share.of(n.groups(), new ArrayList<>(groups)), delivered, acknowledged, relayed, failed));
    }

    private static Optional<Fact> organization(Facts facts, Fact delivery) {
        Timeline org = facts.organization(delivery.org());
        return org == null ? Optional.empty() : org.before(delivery.at()).or(() -> org.states().stream().findFirst());
    }

    private static Instant publishedAt(Timeline notice) {
        return notice.first("NoticePublished").or(() -> notice.first("NoticeUpdated")).map(Fact::at).orElse(null);
    }

    private static void add(Set<String> codes, String code) {
        if (code != null) {
            codes.add(code);
        }
    }
}
