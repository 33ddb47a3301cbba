package org.samverkan.communications.sms;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.samverkan.communications.delivery.SmsInbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * deliver_sm from the SMSC: a receipt (esm_class says so) or a reply. Each is stored before deliver_sm_resp goes
 * back; if storing fails the SMSC gets an error (system error) and delivers it again later, so none is lost.
 * Intermediate receipts (ENROUTE, ACCEPTD) are acknowledged and not kept: only the final state counts.
 */
final class SmppReceiver implements MessageReceiverListener {
    private static final Logger log = LoggerFactory.getLogger(SmppReceiver.class);
    private static final int SYSTEM_ERROR = 0x08;
    private final SmsInbound inbound;

    SmppReceiver(SmsInbound inbound) {
        this.inbound = inbound;
    }

    @Override
    public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
        try {
            if (deliverSm.isSmscDeliveryReceipt()) {
                DeliveryReceipt receipt = deliverSm.getShortMessageAsDeliveryReceipt();
                DeliveryReceiptState state = receipt.getFinalStatus();
                if (state != DeliveryReceiptState.ENROUTE && state != DeliveryReceiptState.ACCEPTD) {
                    inbound.receipt(receipt.getId(), state == DeliveryReceiptState.DELIVRD, state + " err:" + receipt.getError());
                }
            } else {
                boolean udh = GSMSpecificFeature.UDHI.containedIn(deliverSm.getEsmClass());
                inbound.reply(deliverSm.getSourceAddr(), SmsEncoding.decode(deliverSm.getDataCoding(), deliverSm.getShortMessage(), udh));
            }
        } catch (InvalidDeliveryReceiptException e) {
            log.warn("A delivery receipt could not be read and is ignored: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("A deliver_sm could not be stored; the SMSC is told to deliver it again: {}", e.toString());
            throw new ProcessRequestException("not stored", SYSTEM_ERROR);
        }
    }

    @Override
    public void onAcceptAlertNotification(AlertNotification alertNotification) {
        // Nothing waits for a subscriber to become reachable: retries are the delivery sweep's.
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
        throw new ProcessRequestException("data_sm is not supported", 0x03);
    }
}
