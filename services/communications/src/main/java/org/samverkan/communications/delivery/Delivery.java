package org.samverkan.communications.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notice (or situation update) on its way to one intermediary organisation: attempts, outcome,
 * acknowledgement and relays. The id {@code noticeId:organizationId} makes fan-out idempotent. An attempt is
 * recorded before anything is sent: {@link DeliveryClaims} counts it and sets the {@link Lease} that makes the
 * sending instance the only one; recording the outcome ends the lease.
 */
@Document("deliveries")
public class Delivery extends AggregateRoot {
    private DeliveryEvents.MessageKind kind;
    private String noticeId;
    private String organizationId;
    private List<String> languages;
    private DeliveryStatus status;
    private int attempts;
    private String lastError;
    private List<String> channels = List.of();
    private Instant nextAttemptAt;
    private Instant deliveredAt;
    private Instant acknowledgedAt;
    /** Relay reports per delivery: each is a link's worth of reach, and the document must stay bounded. */
    static final int MAX_RELAYS = 100;
    private List<Relay> relays = new ArrayList<>();
    private Lease lease;
    private SmsReceipt sms;
    /** Inbound SMS answers already applied, so one redelivered or reprocessed answer counts once. */
    private List<String> smsAnswers = new ArrayList<>();

    /** The attempt in progress: which instance and round claimed it, and until when no other may. */
    record Lease(String owner, String round, Instant until) {
    }

    /** The SMS at the operator: SENT when submitted, then DELIVERED, or FAILED with the operator's status (stat, err). */
    public record SmsReceipt(String state, String reason, Instant at) {
    }

    Delivery() {
    }

    static String id(String noticeId, String organizationId) {
        return noticeId + ":" + organizationId;
    }

    static Delivery pending(DeliveryEvents.MessageKind kind, String noticeId, String organizationId, List<String> languages,
                            Instant now) {
        Delivery d = new Delivery();
        d.kind = kind;
        d.id = id(noticeId, organizationId);
        d.noticeId = noticeId;
        d.organizationId = organizationId;
        d.languages = List.copyOf(languages);
        d.status = DeliveryStatus.PENDING;
        d.nextAttemptAt = now;
        return d;
    }

    void delivered(List<String> via, Instant now) {
        lease = null;
        status = DeliveryStatus.DELIVERED;
        channels = List.copyOf(via);
        deliveredAt = now;
        nextAttemptAt = null;
        sms = via.contains("sms") ? new SmsReceipt("SENT", null, now) : sms;
        raise(new DeliveryEvents.NoticeDelivered(id, kind, noticeId, organizationId, languages, channels, attempts, now));
    }

    /** Schedules the next attempt, or after the last one allowed makes the failure final and reports it. */
    void attemptFailed(String error, int maxAttempts, Duration retryAfter, Instant now) {
        lease = null;
        lastError = error;
        if (attempts < maxAttempts) {
            nextAttemptAt = now.plus(retryAfter.multipliedBy(attempts));
            return;
        }
        failed(now);
    }

    /** Retrying cannot help (the message itself cannot be made): the failure is final at once, and reported. */
    void cannotBeSent(String error, Instant now) {
        lease = null;
        lastError = error;
        failed(now);
    }

    private void failed(Instant now) {
        status = DeliveryStatus.FAILED;
        nextAttemptAt = null;
        raise(new DeliveryEvents.DeliveryFailed(id, kind, noticeId, organizationId, attempts, lastError, now));
    }

    /**
     * The operator's final receipt for the SMS. A failed one is final for the SMS (of a long text, one failed part
     * fails it), and fails the delivery when SMS was its only channel: nothing has reached the organisation then.
     */
    boolean smsReceipt(boolean delivered, String status, Instant now) {
        String state = delivered ? "DELIVERED" : "FAILED";
        if (sms != null && (sms.state().equals(state) || sms.state().equals("FAILED"))) {
            return false;
        }
        sms = new SmsReceipt(state, delivered ? null : status, now);
        if (!delivered && this.status == DeliveryStatus.DELIVERED && channels.equals(List.of("sms"))) {
            lastError = "sms: the operator reports " + status;
            failed(now);
        }
        return true;
    }

    /** Whether this inbound SMS answer is new to the delivery (and now counted as applied). */
    boolean smsAnswered(String answerId) {
        if (smsAnswers.contains(answerId)) {
            return false;
        }
        smsAnswers.add(answerId);
        return true;
    }

    DeliveryStatus status() {
        return status;
    }

    /** Acknowledging twice changes nothing. */
    boolean acknowledge(String via, Instant now) {
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = now;
        raise(new DeliveryEvents.NoticeAcknowledged(id, kind, noticeId, organizationId, via, now));
        return true;
    }

    /** @return false when this report was made already (a retry): nothing changes and no second event is raised */
    boolean relayed(Relay relay, Instant now) {
        if (relays.stream().anyMatch(r -> r.identity().equals(relay.identity()))) {
            return false;
        }
        if (relays.size() >= MAX_RELAYS) {
            throw new RuleViolationException("relays", "at most " + MAX_RELAYS + " relay reports per organisation and notice");
        }
        Relay reported = new Relay(relay.people(), relay.language(), relay.channel(), relay.area(), now, relay.reportId());
        relays.add(reported);
        acknowledge("relay", now);
        raise(new DeliveryEvents.NoticeRelayed(id, kind, noticeId, organizationId, reported.people(), reported.language(),
                reported.channel(), reported.area(), now));
        return true;
    }

    /** Whether the attempt in progress is the one this round claimed (not taken over after its lease ran out). */
    boolean claimedBy(String round) {
        return lease != null && lease.round().equals(round);
    }

    Lease lease() {
        return lease;
    }

    int attempts() {
        return attempts;
    }

    public DeliveryEvents.MessageKind kind() {
        return kind;
    }

    public String noticeId() {
        return noticeId;
    }

    public String organizationId() {
        return organizationId;
    }

    public List<String> languages() {
        return languages;
    }

    @Override
    protected String eventTopic() {
        return DeliveryEvents.TOPIC;
    }

    public DeliveryView view() {
        return view(null);
    }

    /** @param headline what was delivered, in words ({@link Headlines}); null where it is not known */
    DeliveryView view(String headline) {
        return new DeliveryView(id, kind, noticeId, organizationId, languages, status, attempts, lastError, channels, deliveredAt,
                acknowledgedAt, List.copyOf(relays), sms, headline);
    }
}
