package org.samverkan.infra.smpp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.junit.jupiter.api.Test;

/** The sink against a real jSMPP client, as communications binds to it. */
class SinkSmscTest {
    private static final String ARABIC = "تحذير من موجة حر: ابقوا في الداخل واشربوا الماء. ساعدوا كبار السن في الحي، وتواصلوا مع الجيران.";

    @Test
    void aConcatenatedUcs2MessageIsListedWholeAndDecodedItsReceiptComesBackAndAReplyReachesTheClient() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Received received = new Received();
        List<String> inbound = new CopyOnWriteArrayList<>();
        try (SinkSmsc sink = new SinkSmsc(port, received, Set.of("46709999999"))) {
            SMPPSession client = new SMPPSession();
            client.setMessageReceiverListener(new MessageReceiverListener() {
                @Override
                public void onAcceptDeliverSm(DeliverSm sm) {
                    inbound.add(sm.isSmscDeliveryReceipt() ? "receipt " + new String(sm.getShortMessage())
                            : "reply " + sm.getSourceAddr() + " " + SmsText.decode(sm.getDataCoding(), sm.getShortMessage(), false));
                }

                @Override
                public void onAcceptAlertNotification(AlertNotification alertNotification) {
                }

                @Override
                public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
                    return null;
                }
            });
            client.connectAndBind("127.0.0.1", port, new BindParameter(BindType.BIND_TRX, "samverkan", "", "", TypeOfNumber.UNKNOWN,
                    NumberingPlanIndicator.UNKNOWN, null));
            SmsText.Encoded encoded = SmsText.encode(ARABIC, 42);
            for (byte[] part : encoded.parts()) {
                client.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN, "Huddinge",
                        TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "46701111111",
                        new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT, GSMSpecificFeature.UDHI), (byte) 0, (byte) 1, null, null,
                        new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE), (byte) 0,
                        DataCodings.newInstance(encoded.dataCoding()), (byte) 0, part);
            }
            waitFor(() -> inbound.size() == encoded.parts().size());
            sink.reply("+46701111111", "Huddinge", "OK");
            waitFor(() -> inbound.contains("reply 46701111111 OK"));
            client.unbindAndClose();
        }

        assertEquals(2, SmsText.encode(ARABIC, 42).parts().size());
        Received.Message message = received.all().getFirst();
        assertEquals(1, received.all().size());
        assertEquals(ARABIC, message.text());
        assertEquals("UCS-2", message.encoding());
        assertEquals(2, message.parts());
        assertEquals("46701111111", message.to());
        assertTrue(inbound.stream().filter(i -> i.startsWith("receipt")).allMatch(i -> i.contains("stat:DELIVRD")), inbound.toString());
        assertTrue(SmppSink.json(message).contains("\"text\":\"" + ARABIC + "\""));
    }

    @Test
    void replyFieldsAreReadFromAFlatJsonObject() {
        assertEquals(Map.of("from", "+46701111111", "text", "85 \"whatsapp\"\n"),
                SmppSink.jsonStrings("{\"from\": \"+46701111111\", \"text\": \"85 \\\"whatsapp\\\"\\n\"}"));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), "condition not met within 5 s");
    }
}
