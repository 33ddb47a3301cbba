package org.samverkan.communications.situation;

import java.time.Instant;

import org.samverkan.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

/** One dated entry in an incident's series of situation updates; published as it is written. */
@Document("situation_updates")
public class SituationUpdate extends AggregateRoot {
    private SituationReport report;
    private String author;
    private Instant publishedAt;

    SituationUpdate() {
    }

    static SituationUpdate publish(String id, SituationReport report, String author, Instant now) {
        SituationUpdate u = new SituationUpdate();
        u.id = id;
        u.report = report;
        u.author = author;
        u.publishedAt = now;
        u.raise(new SituationUpdateEvents.SituationUpdatePublished(id, report.incident(), report.title(), report.situation(),
                report.measuresTaken(), report.nextSteps(), report.areas(), report.targetGroups(), report.severity(), now));
        return u;
    }

    @Override
    protected String eventTopic() {
        return SituationUpdateEvents.TOPIC;
    }

    public SituationUpdateView view() {
        return new SituationUpdateView(id, report, author, publishedAt);
    }
}
