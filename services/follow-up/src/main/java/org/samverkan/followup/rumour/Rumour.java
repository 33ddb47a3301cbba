package org.samverkan.followup.rumour;

import java.time.Instant;
import java.util.List;

import org.samverkan.followup.privacy.Codes;
import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/** A rumour, tracked from report until a counter-message (or staff) has addressed it. */
@Document("rumours")
class Rumour extends AggregateRoot {
    private String text;
    private String language;
    private String channel;
    private List<String> areas;
    private List<String> targetGroups;
    private boolean stigmatising;
    private RumourStatus status;
    private String note;
    private String organizationId;
    private String counterMessageNoticeId;
    private Instant reportedAt;
    private Instant changedAt;

    Rumour() {
    }

    static Rumour report(String id, RumourRequests.Report r, String organizationId, Instant now) {
        Rumour x = new Rumour();
        x.id = id;
        x.text = r.text().strip();
        x.language = r.language().strip();
        x.channel = r.channel().strip();
        x.areas = Codes.clean(r.areas());
        x.targetGroups = Codes.clean(r.targetGroups());
        x.stigmatising = r.stigmatising();
        x.status = RumourStatus.REPORTED;
        x.organizationId = organizationId;
        x.reportedAt = now;
        x.changedAt = now;
        x.raise(new RumourEvents.RumourReported(id, x.text, x.language, x.channel, x.areas, x.targetGroups, x.stigmatising,
                x.status.name(), organizationId, now));
        return x;
    }

    void changeStatus(RumourStatus next, String note, Instant now) {
        if (!status.next().contains(next)) {
            throw new RuleViolationException("status", "a rumour that is " + status + " cannot become " + next
                    + (status.next().isEmpty() ? "" : "; it can become " + status.next().stream().sorted().toList()));
        }
        moveTo(next, note, now);
    }

    void requestCounterMessage(String summary, List<String> languages, Instant now) {
        if (!status.settled()) {
            throw new RuleViolationException("status", "a counter-message is requested for a CONFIRMED or DEBUNKED rumour; this one is " + status);
        }
        if (counterMessageNoticeId != null) {
            throw new ConflictException("A counter-message was already requested for rumour " + id);
        }
        counterMessageNoticeId = counterNoticeId(id);
        changedAt = now;
        raise(new RumourEvents.CounterMessageRequested(id, summary.strip(), areas, targetGroups, Codes.clean(languages), now));
    }

    /** The rumour's counter-message was published: it is addressed. False if that changes nothing (again, or not settled). */
    boolean counterMessagePublished(String noticeId, Instant now) {
        if (!status.settled()) {
            return false;
        }
        counterMessageNoticeId = noticeId;
        moveTo(RumourStatus.ADDRESSED, "Motmeddelande publicerat / counter-message published", now);
        return true;
    }

    private void moveTo(RumourStatus next, String note, Instant now) {
        RumourStatus previous = status;
        status = next;
        this.note = note == null || note.isBlank() ? null : note.strip();
        changedAt = now;
        raise(new RumourEvents.RumourStatusChanged(id, text, language, channel, areas, targetGroups, stigmatising, status.name(),
                previous.name(), this.note, counterMessageNoticeId, now));
    }

    /** Communications names a rumour's counter-message notice this way (its CounterMessages.noticeId). */
    static String counterNoticeId(String rumourId) {
        return "counter-" + rumourId;
    }

    @Override
    protected String eventTopic() {
        return RumourEvents.TOPIC;
    }

    RumourView view() {
        return new RumourView(id, text, language, channel, areas, targetGroups, stigmatising, status, note, organizationId,
                counterMessageNoticeId, reportedAt, changedAt, version);
    }
}
