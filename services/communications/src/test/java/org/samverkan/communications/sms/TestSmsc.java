package org.samverkan.communications.sms;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;

/**
 * A real SMPP 3.4 server (jSMPP's server side) in the test JVM, standing in for the operator's SMSC: accepts binds,
 * answers submit_sm, sends a delivery receipt for each accepted part, and sends replies on request. It can answer
 * slowly (to fill a window), refuse receipts for a number (UNDELIV) and drop the connection on a number's next submit.
 */
public final class TestSmsc implements AutoCloseable {
    /** One part the SMSC accepted (answered with a message id). */
    public record Submitted(String number, String messageId, byte dataCoding, boolean udh, byte[] message) {
        public String text() {
            return SmsEncoding.decode(dataCoding, message, udh);
        }
    }

    private final SMPPServerSessionListener listener;
    private final int port;
    private final List<Submitted> accepted = new CopyOnWriteArrayList<>();
    private final Map<String, Submitted> byId = new ConcurrentHashMap<>();
    private final Set<SMPPServerSession> sessions = ConcurrentHashMap.newKeySet();
    private final Set<String> dropOnNextSubmit = ConcurrentHashMap.newKeySet();
    private final Set<String> undeliverable = ConcurrentHashMap.newKeySet();
    private final AtomicInteger outstanding = new AtomicInteger();
    private final AtomicInteger mostOutstanding = new AtomicInteger();
    private final AtomicInteger binds = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final AtomicLong ids = new AtomicLong(7_000_000);
    private volatile Duration answerDelay = Duration.ZERO;
    private volatile boolean closed;

    public TestSmsc() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        listener = new SMPPServerSessionListener(port);
        listener.setMessageReceiverListener(new Receiver());
        listener.setResponseDeliveryListener(new Receipts());
        Thread.ofPlatform().daemon().name("test-smsc-accept").start(this::acceptBinds);
    }

    public int port() {
        return port;
    }

    public List<Submitted> accepted() {
        return List.copyOf(accepted);
    }

    public List<Submitted> acceptedFor(String number) {
        return accepted.stream().filter(s -> s.number().equals(number)).toList();
    }

    /** The whole messages this number got: concatenated parts joined by their UDH reference, in sequence, decoded. */
    public List<String> messagesTo(String number) {
        Map<Integer, java.util.TreeMap<Integer, String>> long_ = new java.util.LinkedHashMap<>();
        List<String> messages = new java.util.ArrayList<>();
        for (Submitted part : acceptedFor(number)) {
            if (!part.udh()) {
                messages.add(part.text());
                continue;
            }
            byte[] m = part.message();
            var parts = long_.computeIfAbsent(m[3] & 0xFF, r -> new java.util.TreeMap<>());
            parts.put(m[5] & 0xFF, part.text());
            if (parts.size() == (m[4] & 0xFF)) {
                messages.add(String.join("", parts.values()));
                long_.remove(m[3] & 0xFF);
            }
        }
        return messages;
    }

    public int binds() {
        return binds.get();
    }

    public int dropped() {
        return dropped.get();
    }

    public int mostOutstanding() {
        return mostOutstanding.get();
    }

    public void answerAfter(Duration delay) {
        answerDelay = delay;
    }

    /** The next submit_sm to this number (digits as sent, without +) closes the connection and is not answered. */
    public void dropConnectionOnNextSubmitTo(String number) {
        dropOnNextSubmit.add(number);
    }

    public void undeliverable(String number) {
        undeliverable.add(number);
    }

    /** A mobile-originated SMS from {@code number} to the service, on its bound session. */
    public void reply(String number, String text) throws Exception {
        SmsEncoding.Encoded encoded = SmsEncoding.encode(text, 0);
        SMPPServerSession session = sessions.stream().filter(s -> s.getSessionState().isBound()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no bound session"));
        session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, number, TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, "Huddinge", new ESMClass(), (byte) 0, (byte) 0, new RegisteredDelivery(0),
                DataCodings.newInstance(encoded.dataCoding()), encoded.parts().getFirst());
    }

    private void acceptBinds() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                Thread.ofVirtual().start(() -> {
                    try {
                        session.waitForBind(5000).accept("test-smsc");
                        sessions.add(session);
                        binds.incrementAndGet();
                    } catch (Exception e) {
                        session.close();
                    }
                });
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
            mostOutstanding.accumulateAndGet(outstanding.incrementAndGet(), Math::max);
            try {
                Thread.sleep(answerDelay.toMillis());
                if (dropOnNextSubmit.remove(submit.getDestAddress())) {
                    dropped.incrementAndGet();
                    Thread.ofVirtual().start(session::close);
                    Thread.sleep(500); // the socket is gone before an answer could be written
                    throw new ProcessRequestException("dropped", 0x08);
                }
                String id = Long.toString(ids.incrementAndGet());
                Submitted part = new Submitted(submit.getDestAddress(), id, submit.getDataCoding(),
                        GSMSpecificFeature.UDHI.containedIn(submit.getEsmClass()), submit.getShortMessage());
                accepted.add(part);
                byId.put(id, part);
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (InterruptedException e) {
                throw new ProcessRequestException("interrupted", 0x08);
            } catch (org.jsmpp.PDUStringException e) {
                throw new ProcessRequestException(e.getMessage(), 0x08);
            } finally {
                outstanding.decrementAndGet();
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }

    /** A receipt for each accepted part, once its submit_sm_resp is out (so the client knows the id it names). */
    private final class Receipts implements ServerResponseDeliveryListener {
        @Override
        public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession session) {
            Submitted part = byId.get(result.getMessageId());
            if (part == null) {
                return;
            }
            Thread.ofVirtual().start(() -> {
                boolean fails = undeliverable.contains(part.number());
                Date now = new Date();
                String receipt = new DeliveryReceipt(part.messageId(), 1, fails ? 0 : 1, now, now,
                        fails ? DeliveryReceiptState.UNDELIV : DeliveryReceiptState.DELIVRD, fails ? "011" : "000", "").toString();
                try {
                    session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, part.number(),
                            TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, "Huddinge",
                            new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT), (byte) 0,
                            (byte) 0, new RegisteredDelivery(0), DataCodings.ZERO, receipt.getBytes(StandardCharsets.US_ASCII));
                } catch (Exception e) {
                    // the session went away; a real SMSC would deliver the receipt on the next bind
                }
            });
        }

        @Override
        public void onSubmitSmRespError(SubmitSmResult result, Exception cause, SMPPServerSession session) {
        }

        @Override
        public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession session) {
        }

        @Override
        public void onSubmitMultiRespError(SubmitMultiResult result, Exception cause, SMPPServerSession session) {
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        sessions.forEach(SMPPServerSession::close);
        listener.close();
    }
}
