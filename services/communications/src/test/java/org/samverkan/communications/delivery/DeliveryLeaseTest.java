package org.samverkan.communications.delivery;

import org.samverkan.communications.inbox.Inbox;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.TestSmtp;
import org.samverkan.communications.notice.Notices;
import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.outbox.OutboxRelay;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import tools.jackson.databind.json.JsonMapper;

/**
 * Extra sending instances on the service's real store, SMTP server and SMS simulator. They live a day ahead, and
 * their deliveries are due only for them: the service's own sweep never sees them, so each test knows its senders.
 */
class DeliveryLeaseTest extends CommunicationsIntegrationBase {
    private static final Clock AHEAD = Clock.offset(Clock.systemUTC(), Duration.ofDays(1));
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AggregateStore store;
    @Autowired
    DeliveryMessages messages;
    @Autowired
    SimulatedSmsGateway sms;
    @Autowired
    SmsTrail trail;
    @Autowired
    JsonMapper json;
    @Autowired
    OutboxRelay relay;
    String noticeId;

    @BeforeEach
    void publishANoticeNoOrganisationReceives() {
        noticeId = Notices.publish(http(), Notices.draft(List.of("huddinge-centrum"), List.of("sv", "sv-x-lattlast", "fi")), null);
    }

    @Test
    void twoSendingInstancesSendEachDueDeliveryExactlyOnce() throws Exception {
        List<String> ids = pending("lease-", 30, org -> new Inbox(org, org + "@lease.example", null));
        DeliveryProperties properties = properties(Duration.ofSeconds(2), Map.of());

        List<String> addresses = ids.stream().map(id -> id.substring(id.indexOf(':') + 1) + "@lease.example").toList();

        try (DeliverySweep first = sender(properties, List.of(email(greenMail(), properties)), store);
             DeliverySweep second = sender(properties, List.of(email(greenMail(), properties)), store)) {
            AtomicBoolean stop = new AtomicBoolean();
            Thread a = sweeping(first, stop);
            Thread b = sweeping(second, stop);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TestSmtp.recipients().containsAll(addresses));
            stop.set(true);
            a.join();
            b.join();
        } // closing lets the sends under way end

        assertThat(addresses).allSatisfy(address ->
                assertThat(TestSmtp.recipients().stream().filter(address::equals).count()).as(address).isEqualTo(1));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> ids.stream().allMatch(id -> status(id) == DeliveryStatus.DELIVERED));
    }

    @Test
    void anUnreachableSmtpRelayDoesNotHoldUpSmsDeliveries() throws Exception {
        List<String> mails = pending("dead-smtp-", 6, org -> new Inbox(org, org + "@dead-smtp.example", null));
        List<String> texts = pending("sms-only-", 3, org -> new Inbox(org, null, "+4670200000" + org.charAt(org.length() - 1)));
        // Accepts connections and never answers: each email send hangs until the send timeout.
        DeliveryProperties properties = properties(Duration.ofSeconds(20), Map.of("email", 2, "sms", 2));

        try (ServerSocket deadRelay = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             DeliverySweep sender = sender(properties, List.of(email(mailer(deadRelay.getLocalPort()), properties), new SmsChannel(sms, trail, properties)), store)) {
            sender.sweep();

            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> texts.stream().allMatch(id -> status(id) == DeliveryStatus.DELIVERED));
            List<Delivery> emails = mails.stream().map(id -> store.find(Delivery.class, id).orElseThrow()).toList();
            assertThat(emails).allSatisfy(email -> {
                assertThat(email.view().status()).isEqualTo(DeliveryStatus.PENDING);
                assertThat(email.view().lastError()).as("no email attempt has come to an end yet").isNull();
            });
            assertThat(emails.stream().filter(email -> email.lease() != null)).as("attempts recorded as in progress").hasSizeGreaterThanOrEqualTo(2);
            deadRelay.close();
        }
    }

    @Test
    void aSendWhoseOutcomeCannotBeSavedAtFirstIsNotSentAgain() throws Exception {
        String id = pending("unsaved-", 1, org -> new Inbox(org, org + "@unsaved.example", null)).getFirst();
        AtomicInteger failures = new AtomicInteger(1);
        AggregateStore flaky = new AggregateStore(mongo, json, relay, AHEAD) {
            @Override
            public <A extends AggregateRoot> A save(A aggregate) {
                if (aggregate instanceof Delivery && failures.getAndDecrement() > 0) {
                    throw new DataAccessResourceFailureException("the store did not answer");
                }
                return super.save(aggregate);
            }
        };
        DeliveryProperties properties = properties(Duration.ofSeconds(1), Map.of());

        try (DeliverySweep sender = sender(properties, List.of(email(greenMail(), properties)), flaky)) {
            AtomicBoolean stop = new AtomicBoolean();
            Thread sweeping = sweeping(sender, stop);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> status(id) == DeliveryStatus.DELIVERED);
            // For longer than the lease: a delivery left leased after a lost outcome would be sent again meanwhile.
            Awaitility.await().during(properties.lease().plusSeconds(1)).atMost(properties.lease().plusSeconds(10))
                    .until(() -> TestSmtp.recipients().stream().filter("unsaved-0@unsaved.example"::equals).count() == 1);
            stop.set(true);
            sweeping.join();
        }

        assertThat(failures.get()).as("the first save failed").isNegative();
        assertThat(TestSmtp.recipients().stream().filter("unsaved-0@unsaved.example"::equals).count()).isEqualTo(1);
    }

    /** Pending deliveries of the notice to organisations {@code prefix0..}, due for the senders here, in that order. */
    private List<String> pending(String prefix, int count, Function<String, Inbox> inbox) {
        List<Delivery> deliveries = new ArrayList<>();
        Instant due = AHEAD.instant().minusSeconds(60);
        for (int i = 0; i < count; i++) {
            String org = prefix + i;
            mongo.save(inbox.apply(org));
            deliveries.add(Delivery.pending(DeliveryEvents.MessageKind.NOTICE, noticeId, org, List.of("sv"), due.plusMillis(i)));
        }
        store.insertAll(deliveries);
        return deliveries.stream().map(Delivery::getId).toList();
    }

    private static DeliveryProperties properties(Duration sendTimeout, Map<String, Integer> pools) {
        return new DeliveryProperties(3, Duration.ofMillis(100), Duration.ofMillis(200), 5, sendTimeout, pools, null);
    }

    private DeliverySweep sender(DeliveryProperties properties, List<DeliveryChannel> channels, AggregateStore with) {
        return new DeliverySweep(properties, mongo, with, messages, channels, AHEAD);
    }

    private static EmailChannel email(JavaMailSender mail, DeliveryProperties properties) {
        return new EmailChannel(new StaticListableBeanFactory(Map.of("mail", mail)).getBeanProvider(JavaMailSender.class),
                properties, "krisledning@test.example");
    }

    private static JavaMailSender greenMail() {
        return mailer(TestSmtp.get().getSmtp().getPort());
    }

    private static JavaMailSender mailer(int port) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(port);
        return mail;
    }

    /** Sweeps again and again, as the scheduler does, until told to stop. */
    private static Thread sweeping(DeliverySweep sweep, AtomicBoolean stop) {
        return Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                sweep.sweep();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    private DeliveryStatus status(String id) {
        return store.find(Delivery.class, id).orElseThrow().view().status();
    }
}
