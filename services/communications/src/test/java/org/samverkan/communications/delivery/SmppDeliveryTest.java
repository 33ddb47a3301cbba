package org.samverkan.communications.delivery;

import org.samverkan.communications.inbox.Inbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.notice.Notices;
import org.samverkan.communications.sms.SmppGateway;
import org.samverkan.communications.sms.SmppProperties;
import org.samverkan.communications.sms.TestSmsc;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.test.TopicProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * SMS deliveries through the SMPP adapter to a real SMPP server in this JVM ({@link TestSmsc}), on the service's real
 * store: receipts and replies are stored by the service's {@link SmsInbound} and applied by its own {@link SmsAnswers}.
 * The sending instance lives a day ahead, so the service's own sweep never sees these deliveries.
 */
class SmppDeliveryTest extends CommunicationsIntegrationBase {
    private static final Clock AHEAD = Clock.offset(Clock.systemUTC(), Duration.ofDays(1));
    @Autowired
    MongoTemplate mongo;
    @Autowired
    AggregateStore store;
    @Autowired
    DeliveryMessages messages;
    @Autowired
    SmsTrail trail;
    @Autowired
    SmsInbound inbound;
    TestSmsc smsc;
    String noticeId;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeEach
    void aNoticeAndAnSmsc() throws Exception {
        noticeId = Notices.publish(http(), Notices.draft(List.of("huddinge-centrum"), List.of("sv", "sv-x-lattlast", "fi")), null);
        smsc = new TestSmsc();
        open.add(smsc);
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open.reversed()) {
            c.close();
        }
    }

    @Test
    void anSmsGoesOutOverSmppAndTheOperatorsReceiptMarksItDelivered() throws Exception {
        String id = pending("smpp-receipt", "+46703000001");
        sweeping(1);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> sms(id) != null && sms(id).state().equals("DELIVERED"));
        assertThat(smsc.acceptedFor("46703000001")).hasSize(2).allMatch(TestSmsc.Submitted::udh); // headline and link: 2 parts
        assertThat(smsc.messagesTo("46703000001")).singleElement()
                .satisfies(text -> assertThat(text).startsWith("Rubrik sv http").contains("/public/notices/" + noticeId + "/deliveries/smpp-receipt?token="));
        assertThat(view(id).status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(view(id).channels()).containsExactly("sms");
    }

    @Test
    void anUndeliverableReceiptFailsAnSmsOnlyDeliveryWithTheOperatorsReason() throws Exception {
        smsc.undeliverable("46703000002");
        String id = pending("smpp-undeliverable", "+46703000002");
        sweeping(1);

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> view(id).status() == DeliveryStatus.FAILED);
        assertThat(view(id).lastError()).contains("UNDELIV").contains("err:011");
        assertThat(sms(id).state()).isEqualTo("FAILED");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> types(id).contains("org.samverkan.communications.DeliveryFailed"));
        assertThat(types(id)).containsExactly("org.samverkan.communications.NoticeDelivered", "org.samverkan.communications.DeliveryFailed");
    }

    @Test
    void aReplyOkAcknowledgesAndANumberReportsARelayWithoutThePhoneNumberInAnyEvent() throws Exception {
        String id = pending("smpp-reply", "+46703000003");
        sweeping(1);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> sms(id) != null && sms(id).state().equals("DELIVERED"));

        smsc.reply("46703000003", "OK");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> view(id).acknowledgedAt() != null);
        smsc.reply("46703000003", "85 whatsapp-group varby");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !view(id).relays().isEmpty());

        Relay relay = view(id).relays().getFirst();
        assertThat(relay.people()).isEqualTo(85);
        assertThat(relay.channel()).isEqualTo("whatsapp-group");
        assertThat(relay.language()).isEqualTo("fi"); // the organisation's own language, not said in the reply
        assertThat(relay.area()).isEqualTo("varby");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> types(id).contains("org.samverkan.communications.NoticeRelayed"));
        assertThat(types(id)).containsExactly("org.samverkan.communications.NoticeDelivered",
                "org.samverkan.communications.NoticeAcknowledged", "org.samverkan.communications.NoticeRelayed");
    }

    @Test
    void noMoreSubmissionsAreUnansweredThanTheWindowAllows() throws Exception {
        smsc.answerAfter(Duration.ofMillis(300));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(pending("smpp-window-" + i, "+4670310000" + i));
        }
        sweeping(2);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> smsc.accepted().size() == 6);
        assertThat(smsc.mostOutstanding()).isEqualTo(2);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> ids.stream().allMatch(i -> view(i).status() == DeliveryStatus.DELIVERED));
    }

    @Test
    void theGatewayHoldsSendsBeyondItsWindowEvenWhenMoreAreOffered() throws Exception {
        smsc.answerAfter(Duration.ofMillis(200));
        SmppGateway gateway = gateway(2);
        List<Thread> senders = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String number = "+4670330000" + i;
            senders.add(Thread.ofVirtual().start(() -> gateway.send(number, "Håll dig inne")));
        }
        for (Thread sender : senders) {
            sender.join();
        }

        assertThat(smsc.accepted()).hasSize(6);
        assertThat(smsc.mostOutstanding()).isEqualTo(2);
    }

    @Test
    void anSmsPoolLargerThanTheWindowIsRefusedAtStartup() {
        DeliveryProperties properties = new DeliveryProperties(5, null, null, 5, null, Map.of("sms", 3), null);
        SmsGateway windowOfTwo = new SmsGateway() {
            @Override
            public List<String> send(String number, String text) {
                return List.of();
            }

            @Override
            public int window() {
                return 2;
            }
        };

        assertThatThrownBy(() -> new SmsChannel(windowOfTwo, trail, properties)).hasMessageContaining("pool-size.sms (3)");
    }

    @Test
    void aDroppedConnectionIsBoundAgainAndTheDeliveryRetriedNeitherLostNorSentTwice() throws Exception {
        smsc.dropConnectionOnNextSubmitTo("46703200001");
        String dropped = pending("smpp-dropped", "+46703200001");
        String other = pending("smpp-after-drop", "+46703200002");
        sweeping(1);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view(dropped).status() == DeliveryStatus.DELIVERED
                && view(other).status() == DeliveryStatus.DELIVERED);
        assertThat(smsc.dropped()).isEqualTo(1);
        assertThat(smsc.binds()).isGreaterThanOrEqualTo(2);
        assertThat(view(dropped).attempts()).isGreaterThanOrEqualTo(2);
        assertThat(smsc.messagesTo("46703200001")).hasSize(1);
        assertThat(smsc.messagesTo("46703200002")).hasSize(1);
    }

    private String pending(String org, String number) {
        mongo.save(new Inbox(org, null, number));
        Delivery delivery = Delivery.pending(DeliveryEvents.MessageKind.NOTICE, noticeId, org, List.of("sv", "sv-x-lattlast", "fi"),
                AHEAD.instant().minusSeconds(60));
        store.insertAll(List.of(delivery));
        return delivery.getId();
    }

    /** A gateway bound to the test SMSC with this window, and a sender sweeping with an SMS pool of that size. */
    private void sweeping(int window) {
        SmppGateway gateway = gateway(window);
        DeliveryProperties properties = new DeliveryProperties(5, Duration.ofMillis(100), Duration.ofMillis(200), 5, Duration.ofSeconds(3),
                Map.of("sms", window), null);
        DeliverySweep sweep = new DeliverySweep(properties, mongo, store, messages, List.of(new SmsChannel(gateway, trail, properties)), AHEAD);
        AtomicBoolean stop = new AtomicBoolean();
        Thread sweeper = Thread.ofPlatform().start(() -> {
            while (!stop.get()) {
                sweep.sweep();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        open.add(() -> {
            stop.set(true);
            sweeper.join();
            sweep.close();
        });
    }

    private SmppGateway gateway(int window) {
        SmppGateway gateway = new SmppGateway(new SmppProperties("127.0.0.1", smsc.port(), "samverkan", "secret", null, null, "Huddinge",
                window, 100, Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofMillis(400)), inbound);
        open.add(gateway);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(gateway::bound);
        return gateway;
    }

    private DeliveryView view(String id) {
        return store.find(Delivery.class, id).orElseThrow().view();
    }

    private Delivery.SmsReceipt sms(String id) {
        return view(id).sms();
    }

    private List<String> types(String key) {
        var records = TopicProbe.readAll(DeliveryEvents.TOPIC).stream().filter(r -> key.equals(r.key())).toList();
        assertThat(records).noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains("4670"));
        return records.stream().map(r -> new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8)).toList();
    }
}
