package org.samverkan.communications.incident;

import java.time.Instant;
import java.util.List;

import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.ConflictException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An incident the crisis staff work on, named by its code (the {@code incident} notices and situation updates
 * carry). It raises no events: nothing outside communications needs its lifecycle yet, and notice events already
 * carry the code (ADR 0019).
 */
@Document("incidents")
public class Incident extends AggregateRoot {
    private String name;
    private List<String> areas = List.of();
    private IncidentStatus status;
    private Instant openedAt;
    private Instant closedAt;
    private Instant archivedAt;

    Incident() {
    }

    static Incident open(IncidentOpening opening, Instant now) {
        Incident i = new Incident();
        i.id = opening.code().strip();
        i.name = opening.name().strip();
        i.areas = opening.areas().stream().distinct().toList();
        i.status = IncidentStatus.OPEN;
        i.openedAt = now;
        return i;
    }

    void close(Instant now) {
        require(status == IncidentStatus.OPEN, "closed");
        status = IncidentStatus.CLOSED;
        closedAt = now;
    }

    /** Only a closed incident is archived: archiving is the end of its record-keeping, not a way to close it. */
    void archive(Instant now) {
        require(status == IncidentStatus.CLOSED, "archived (close it first)");
        status = IncidentStatus.ARCHIVED;
        archivedAt = now;
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new ConflictException("Incident " + id + " is " + status + " and cannot be " + what);
        }
    }

    IncidentStatus status() {
        return status;
    }

    @Override
    protected String eventTopic() {
        // never used: an incident raises no events
        return "samverkan.communications.incident";
    }

    IncidentView view() {
        return new IncidentView(id, name, areas, status, true, openedAt, closedAt, archivedAt, revision);
    }
}
