package org.samverkan.communications.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.samverkan.communications.inbox.Inbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/** Email through the municipality's SMTP relay (spring.mail.*), to the inbox's organisational address. */
@Component
class EmailChannel implements DeliveryChannel {
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    EmailChannel(ObjectProvider<JavaMailSender> mail, DeliveryProperties properties,
                 @Value("${samverkan.communications.mail-from:noreply@samverkan.local}") String from) {
        this.mail = mail;
        this.from = from;
        try {
            new InternetAddress(from, true); // once here, so a bad sender is not reported as every inbox's fault
        } catch (MessagingException e) {
            throw new IllegalStateException("samverkan.communications.mail-from is not a valid e-mail address", e);
        }
        // A dead relay must fail each socket operation by itself, not only by the interrupt at the send timeout.
        String timeout = String.valueOf(properties.sendTimeout().toMillis());
        mail.ifAvailable(sender -> {
            if (sender instanceof JavaMailSenderImpl impl) {
                impl.getJavaMailProperties().setProperty("mail.smtp.connectiontimeout", timeout);
                impl.getJavaMailProperties().setProperty("mail.smtp.timeout", timeout);
                impl.getJavaMailProperties().setProperty("mail.smtp.writetimeout", timeout);
            }
        });
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public String address(Inbox inbox) {
        return inbox.email();
    }

    @Override
    public void send(String address, DeliveryMessage message) {
        send(null, address, message);
    }

    /**
     * The Message-ID is made from the delivery id. Sending is at least once (an attempt whose outcome a crash lost is
     * repeated after its lease), and a repeat then carries the same Message-ID: the same message, which a receiving
     * mail system can recognise as one.
     */
    @Override
    public void send(String deliveryId, String address, DeliveryMessage message) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : sender.createMimeMessage().getSession();
        MimeMessage email = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                if (deliveryId == null) {
                    super.updateMessageID();
                } else {
                    setHeader("Message-ID", messageId(deliveryId));
                }
            }
        };
        try {
            email.setFrom(new InternetAddress(from));
            email.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address));
            email.setSubject(message.subject(), "UTF-8");
            if (message.html() == null) {
                email.setText(message.text(), "UTF-8");
            } else {
                email.setContent(alternatives(message));
            }
        } catch (MessagingException e) {
            // The reason is recorded on the delivery: it names no address (addresses stay out of events and logs).
            throw new IllegalArgumentException("the inbox's e-mail address is not a valid address");
        }
        sender.send(email);
    }

    /** The same message as plain text and as HTML, the HTML last: a mail program shows the last form it can. */
    private static MimeMultipart alternatives(DeliveryMessage message) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), "UTF-8", "html");
        return new MimeMultipart("alternative", text, html);
    }

    /** A dot-atom id (RFC 5322) from the delivery id: the same on every attempt of one delivery. */
    static String messageId(String deliveryId) {
        return "<delivery." + deliveryId.replaceAll("[^A-Za-z0-9.-]", "-") + "@deliveries.samverkan>";
    }
}
