package org.samverkan.inventory.need;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samverkan.inventory.codes.Lists;
import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.ConflictException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A need (EDXL-RM RequestResource). Deliveries are kept per commitment (the commitment's delivered total), so
 * recording the same delivery twice changes nothing and the delivered quantity can never go negative.
 */
@Document("needs")
public class Need extends AggregateRoot {
    private String resourceType;
    private String description;
    private int quantity;
    private String unit;
    private List<String> areas;
    private List<String> targetGroups;
    private List<String> languages;
    private Urgency urgency;
    private Instant neededBy;
    private NeedStatus status;
    private String reportedBy;
    private String closeReason;
    private Map<String, Integer> deliveries = new HashMap<>();
    private int delivered;
    private Instant changedAt;

    Need() {
    }

    static Need create(String id, NeedDetails details, String reportedBy, Instant now) {
        Need n = new Need();
        n.id = id;
        n.reportedBy = reportedBy;
        n.apply(details, now);
        n.status = reportedBy == null ? NeedStatus.OPEN : NeedStatus.REPORTED;
        n.raise(NeedEvents.NeedRaised.of(n.view()));
        return n;
    }

    void confirm(Instant now) {
        if (status != NeedStatus.REPORTED) {
            throw new ConflictException("Need " + id + " is " + status + ", not awaiting confirmation");
        }
        status = NeedStatus.OPEN;
        changedAt = now;
        raise(NeedEvents.NeedUpdated.of(view()));
    }

    void update(NeedDetails details, Instant now) {
        requireNotClosed();
        apply(details, now);
        restatus();
        raise(NeedEvents.NeedUpdated.of(view()));
    }

    /** @param deliveredTotal the commitment's delivered total so far (not an increment) */
    boolean recordDelivery(String commitmentId, int deliveredTotal, Instant now) {
        Integer known = deliveries.get(commitmentId);
        if (known != null && known >= deliveredTotal) {
            return false;
        }
        deliveries.put(commitmentId, deliveredTotal);
        delivered = deliveries.values().stream().mapToInt(Integer::intValue).sum();
        changedAt = now;
        restatus();
        raise(NeedEvents.NeedUpdated.of(view()));
        return true;
    }

    void close(String reason, Instant now) {
        requireNotClosed();
        status = NeedStatus.CLOSED;
        closeReason = reason;
        changedAt = now;
        raise(NeedEvents.NeedClosed.of(view()));
    }

    private void restatus() {
        if (status == NeedStatus.REPORTED || status == NeedStatus.CLOSED) {
            return;
        }
        status = NeedProgress.status(quantity, delivered);
    }

    private void apply(NeedDetails d, Instant now) {
        resourceType = d.resourceType();
        description = d.description().strip();
        quantity = d.quantity();
        unit = d.unit().strip();
        areas = Lists.clean(d.areas());
        targetGroups = Lists.clean(d.targetGroups());
        languages = Lists.clean(d.languages());
        urgency = d.urgency();
        neededBy = d.neededBy();
        changedAt = now;
    }

    private void requireNotClosed() {
        if (status == NeedStatus.CLOSED) {
            throw new ConflictException("Need " + id + " is closed");
        }
    }

    @Override
    protected String eventTopic() {
        return NeedEvents.TOPIC;
    }

    public NeedView view() {
        return new NeedView(id, resourceType, description, quantity, unit, delivered, areas, targetGroups, languages,
                urgency, neededBy, status, reportedBy, closeReason, changedAt, version);
    }
}
