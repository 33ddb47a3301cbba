package org.samverkan.communications.sms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.samverkan.communications.delivery.SmsGateway;
import org.samverkan.communications.delivery.SmsInbound;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * SMS through an SMSC over SMPP 3.4 ({@code samverkan.communications.sms.gateway=smpp}): each part a submit_sm on the
 * bound transceiver session asking for a delivery receipt, at most {@code window} unanswered at once and at most
 * {@code rate-per-second} a second. Receipts and replies come back on the same session ({@link SmppReceiver}).
 */
@Component
@ConditionalOnProperty(name = "samverkan.communications.sms.gateway", havingValue = "smpp")
@EnableConfigurationProperties(SmppProperties.class)
public class SmppGateway implements SmsGateway, AutoCloseable {
    private final SmppProperties properties;
    private final SmppConnection connection;
    private final Semaphore window;
    private final RateLimit rate;
    private final AtomicInteger references = new AtomicInteger();

    public SmppGateway(SmppProperties properties, SmsInbound inbound) {
        if (properties.systemId() == null || properties.systemId().isBlank()) {
            throw new IllegalStateException("samverkan.communications.sms.smpp.system-id must be set for the SMPP gateway");
        }
        this.properties = properties;
        this.window = new Semaphore(properties.window(), true);
        this.rate = new RateLimit(properties.ratePerSecond());
        this.connection = new SmppConnection(properties, new SmppReceiver(inbound));
    }

    @Override
    public int window() {
        return properties.window();
    }

    public boolean bound() {
        return connection.bound();
    }

    @Override
    public List<String> send(String number, String text) {
        SmsEncoding.Encoded encoded = SmsEncoding.encode(text, references.incrementAndGet());
        ESMClass esm = encoded.concatenated()
                ? new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI) : new ESMClass();
        List<String> ids = new ArrayList<>();
        for (byte[] part : encoded.parts()) {
            try {
                window.acquire();
                try {
                    rate.await();
                    ids.add(connection.session().submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
                            properties.sourceAddress(), TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, number.replace("+", ""),
                            esm, (byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                            (byte) 0, DataCodings.newInstance(encoded.dataCoding()), (byte) 0, part).getMessageId());
                } finally {
                    window.release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("SMPP: interrupted while waiting for the window");
            } catch (NegativeResponseException e) {
                throw new IllegalStateException("SMPP: the SMSC refused the message, command_status 0x"
                        + Integer.toHexString(e.getCommandStatus()));
            } catch (ResponseTimeoutException e) {
                throw new IllegalStateException("SMPP: no submit_sm_resp within " + properties.responseTimeout());
            } catch (PDUException | InvalidResponseException | IOException e) {
                throw new IllegalStateException("SMPP: " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }
        return ids;
    }

    @Override
    public void close() {
        connection.close();
    }
}
