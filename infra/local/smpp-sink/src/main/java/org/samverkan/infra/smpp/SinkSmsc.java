package org.samverkan.infra.smpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.jsmpp.PDUStringException;

/**
 * The SMPP side: accepts every bind (any system id and password), answers each submit_sm with a message id, then sends
 * a delivery receipt (DELIVRD, or UNDELIV err:011 for numbers configured as undeliverable) when one was asked for.
 */
final class SinkSmsc implements ServerMessageReceiverListener, ServerResponseDeliveryListener, AutoCloseable {
    private final SMPPServerSessionListener listener;
    private final Received received;
    private final Set<String> undeliverable;
    private final Set<SMPPServerSession> sessions = ConcurrentHashMap.newKeySet();
    private final Map<String, Pending> awaitingReceipt = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);
    private volatile boolean closed;

    private record Pending(String to, String from) {
    }

    SinkSmsc(int port, Received received, Set<String> undeliverable) throws IOException {
        this.received = received;
        this.undeliverable = Set.copyOf(undeliverable);
        this.listener = new SMPPServerSessionListener(port);
        listener.setMessageReceiverListener(this);
        listener.setResponseDeliveryListener(this);
        Thread.ofPlatform().name("smpp-accept").start(this::acceptBinds);
    }

    /** A mobile-originated SMS from {@code from} to {@code to} (the service's source address), on a bound session. */
    void reply(String from, String to, String text) throws Exception {
        SMPPServerSession session = sessions.stream().filter(s -> s.getSessionState().isReceivable()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no bound receiver session"));
        SmsText.Encoded encoded = SmsText.encode(text, (int) (ids.get() & 0xFF));
        ESMClass esm = encoded.concatenated() ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI) : new ESMClass();
        for (byte[] part : encoded.parts()) {
            session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, from.replace("+", ""),
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, to, esm, (byte) 0, (byte) 0, new RegisteredDelivery(0),
                    DataCodings.newInstance(encoded.dataCoding()), part);
        }
    }

    int boundSessions() {
        return (int) sessions.stream().filter(s -> s.getSessionState().isBound()).count();
    }

    private void acceptBinds() {
        while (!closed) {
            try {
                SMPPServerSession session = listener.accept();
                Thread.ofVirtual().start(() -> {
                    try {
                        session.waitForBind(10_000).accept("smpp-sink");
                        sessions.add(session);
                        System.out.println("smpp-sink: bound " + session.getSessionState());
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

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
        String id = Long.toString(ids.incrementAndGet());
        received.part(submit.getDestAddress(), submit.getSourceAddr(), submit.getDataCoding(),
                GSMSpecificFeature.UDHI.containedIn(submit.getEsmClass()), submit.getShortMessage(), id);
        if ((submit.getRegisteredDelivery() & 0x03) != 0) {
            awaitingReceipt.put(id, new Pending(submit.getDestAddress(), submit.getSourceAddr()));
        }
        try {
            return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
        } catch (PDUStringException e) {
            throw new ProcessRequestException(e.getMessage(), 0x08);
        }
    }

    @Override
    public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession session) {
        Pending pending = awaitingReceipt.remove(result.getMessageId());
        if (pending == null) {
            return;
        }
        Thread.ofVirtual().start(() -> {
            boolean fails = undeliverable.contains(pending.to());
            Date now = new Date();
            String receipt = new DeliveryReceipt(result.getMessageId(), 1, fails ? 0 : 1, now, now,
                    fails ? DeliveryReceiptState.UNDELIV : DeliveryReceiptState.DELIVRD, fails ? "011" : "000", "").toString();
            try {
                session.deliverShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, pending.to(), TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN, pending.from(),
                        new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT, GSMSpecificFeature.DEFAULT), (byte) 0, (byte) 0,
                        new RegisteredDelivery(0), DataCodings.ZERO, receipt.getBytes(StandardCharsets.US_ASCII));
            } catch (Exception e) {
                System.err.println("smpp-sink: receipt for " + result.getMessageId() + " not delivered: " + e);
            }
        });
    }

    @Override
    public void onSubmitSmRespError(SubmitSmResult result, Exception cause, SMPPServerSession session) {
        awaitingReceipt.remove(result.getMessageId());
    }

    @Override
    public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession session) {
    }

    @Override
    public void onSubmitMultiRespError(SubmitMultiResult result, Exception cause, SMPPServerSession session) {
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("submit_multi is not supported", 0x03);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("query_sm is not supported", 0x03);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("replace_sm is not supported", 0x03);
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("cancel_sm is not supported", 0x03);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("broadcast_sm is not supported", 0x03);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source) throws ProcessRequestException {
        throw new ProcessRequestException("cancel_broadcast_sm is not supported", 0x03);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
            throws ProcessRequestException {
        throw new ProcessRequestException("query_broadcast_sm is not supported", 0x03);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not supported", 0x03);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        sessions.forEach(SMPPServerSession::close);
        listener.close();
    }
}
