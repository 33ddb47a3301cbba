package org.samverkan.communications.sms;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one bound session to the SMSC. It binds in the background and, whenever the session closes (the SMSC went
 * away, enquire_link got no answer, the socket broke), binds again after a pause that doubles up to the maximum.
 * Sends while unbound fail at once: the delivery is attempted again later, not held up.
 */
final class SmppConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SmppConnection.class);
    private final SmppProperties properties;
    private final MessageReceiverListener receiver;
    private final AtomicReference<SMPPSession> current = new AtomicReference<>();
    private final ScheduledExecutorService binder = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("smpp-bind").factory());
    private Duration pause;
    private volatile boolean closed;

    SmppConnection(SmppProperties properties, MessageReceiverListener receiver) {
        this.properties = properties;
        this.receiver = receiver;
        this.pause = properties.reconnectInitial();
        binder.execute(this::bind);
    }

    /** The bound session, or an exception saying there is none now. */
    SMPPSession session() {
        SMPPSession session = current.get();
        if (session == null || !session.getSessionState().isBound()) {
            throw new IllegalStateException("not bound to the SMSC at " + properties.host() + ":" + properties.port());
        }
        return session;
    }

    boolean bound() {
        SMPPSession session = current.get();
        return session != null && session.getSessionState().isBound();
    }

    private void bind() {
        if (closed) {
            return;
        }
        SMPPSession session = new SMPPSession();
        session.setEnquireLinkTimer((int) properties.enquireLink().toMillis());
        session.setTransactionTimer(properties.responseTimeout().toMillis());
        session.setMessageReceiverListener(receiver);
        session.addSessionStateListener((now, before, source) -> {
            if (now == SessionState.CLOSED) {
                lost(session);
            }
        });
        try {
            session.connectAndBind(properties.host(), properties.port(), new BindParameter(properties.bindType(),
                    properties.systemId(), properties.password(), properties.systemType(), TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, null));
            current.set(session);
            pause = properties.reconnectInitial();
            log.info("Bound to the SMSC at {}:{} as {}", properties.host(), properties.port(), properties.bindType());
            if (!session.getSessionState().isBound()) {
                lost(session); // closed between the bind and now: its CLOSED came before it was current
            }
        } catch (IOException | RuntimeException e) {
            session.close();
            log.warn("Could not bind to the SMSC at {}:{}, trying again in {}: {}", properties.host(), properties.port(),
                    pause, e.toString());
            retry();
        }
    }

    private void lost(SMPPSession session) {
        if (current.compareAndSet(session, null) && !closed) {
            log.warn("The SMSC session closed; binding again in {}", pause);
            retry();
        }
    }

    private synchronized void retry() {
        if (!closed) {
            binder.schedule(this::bind, pause.toMillis(), TimeUnit.MILLISECONDS);
            Duration doubled = pause.multipliedBy(2);
            pause = doubled.compareTo(properties.reconnectMax()) > 0 ? properties.reconnectMax() : doubled;
        }
    }

    @Override
    public void close() {
        closed = true;
        binder.shutdownNow();
        SMPPSession session = current.getAndSet(null);
        if (session != null) {
            session.unbindAndClose();
        }
    }
}
