package org.samverkan.followup.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The report loop's use cases. Concurrent comments on one report are retried on the revision guard, never lost. */
@Service
class Reports {
    private static final int ATTEMPTS = 5;
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final DashboardSnapshot dashboard;
    private final Clock clock;

    Reports(AggregateStore store, MongoTemplate mongo, DashboardSnapshot dashboard, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    ReportView draft(ReportRequests.Draft draft) {
        ReportPeriod.requireWithinBounds("from", draft.from());
        ReportPeriod.requireWithinBounds("to", draft.to());
        if (draft.to().isBefore(draft.from())) {
            throw new RuleViolationException("to", "The period ends before it starts");
        }
        if (!draft.commentDeadline().isAfter(clock.instant())) {
            throw new RuleViolationException("commentDeadline", "The comment deadline must be in the future");
        }
        Report report = Report.draft(UUID.randomUUID().toString(), draft,
                dashboard.figures(draft.from(), draft.to()), clock.instant());
        return store.save(report).view(clock.instant());
    }

    ReportView share(String id, ReportRequests.Sharing sharing) {
        return change(id, report -> {
            ReportView v = report.view(clock.instant());
            Set<String> organizations = new TreeSet<>(dashboard.contributors(v.from(), v.to()));
            if (sharing != null && sharing.alsoShareWith() != null) {
                requireKnown(sharing.alsoShareWith());
                organizations.addAll(sharing.alsoShareWith().stream().map(String::strip).toList());
            }
            report.share(organizations, sharing == null ? null : sharing.commentDeadline(), clock.instant());
            return report;
        });
    }

    ReportView comment(String id, String organizationId, String text) {
        String commentId = UUID.randomUUID().toString();
        return change(id, report -> {
            report.comment(commentId, organizationId, text, clock.instant());
            return report;
        });
    }

    ReportView answer(String id, String commentId, String text) {
        return change(id, report -> {
            report.answer(commentId, text, clock.instant());
            return report;
        });
    }

    ReportView publish(String id, String conclusions) {
        return change(id, report -> {
            report.publish(conclusions, clock.instant());
            return report;
        });
    }

    /**
     * Only organisations the dashboard knows from the registry's topic: an e-mail address or a typo would otherwise be
     * kept forever in ReportShared and share the report with nobody.
     */
    private void requireKnown(List<String> organizations) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < organizations.size(); i++) {
            String id = organizations.get(i).strip();
            if (!dashboard.knowsOrganization(id)) {
                problems.add(new FieldProblem("alsoShareWith[" + i + "]", id.contains("@")
                        ? "Share with an organisation's id from the registry, not an e-mail address"
                        : "No organisation with this id is known from the registry"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems.size() == 1 ? problems.getFirst().field() + ": " + problems.getFirst().message()
                    : problems.size() + " organisations to share with are not known", List.copyOf(problems));
        }
    }

    Report load(String id) {
        return store.find(Report.class, id).orElseThrow(() -> new NotFoundException("No report " + id));
    }

    List<ReportView> all() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "draftedAt")), Report.class).stream()
                .map(r -> r.view(clock.instant())).toList();
    }

    List<ReportView> sharedWith(String organizationId) {
        Query query = Query.query(Criteria.where("sharedWith").is(organizationId)).with(Sort.by(Sort.Direction.DESC, "sharedAt"));
        return mongo.find(query, Report.class).stream().filter(r -> r.visibleTo(organizationId))
                .map(r -> r.view(clock.instant())).toList();
    }

    ReportView view(Report report) {
        return report.view(clock.instant());
    }

    private ReportView change(String id, Function<Report, Report> mutation) {
        List<ConflictException> conflicts = new ArrayList<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Report report = mutation.apply(load(id));
            try {
                return store.save(report).view(clock.instant());
            } catch (ConflictException concurrentChange) {
                conflicts.add(concurrentChange);
            }
        }
        throw conflicts.getLast();
    }
}
