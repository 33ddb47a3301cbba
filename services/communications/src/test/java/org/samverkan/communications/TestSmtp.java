package org.samverkan.communications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real SMTP server (GreenMail) per test JVM on a free port; the service sends to it like to any relay. */
public final class TestSmtp {
    private static GreenMail mail;

    private TestSmtp() {
    }

    public static synchronized GreenMail get() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            mail.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mail::stop, "greenmail-stop"));
        }
        return mail;
    }

    /** The recipient of every message received so far, in order. */
    public static java.util.List<String> recipients() {
        return java.util.Arrays.stream(get().getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0].toString();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static void register(DynamicPropertyRegistry registry) {
        GreenMail server = get();
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> server.getSmtp().getPort());
    }
}
