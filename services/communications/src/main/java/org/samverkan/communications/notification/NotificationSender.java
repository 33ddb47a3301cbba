package org.samverkan.communications.notification;

import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Sends one notification over SMTP with a Message-ID made from its id: should a crash make the sweep send it again,
 * mail clients show the two copies as one message.
 */
@Component
class NotificationSender {
    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    NotificationSender(ObjectProvider<JavaMailSender> mail,
                       @Value("${samverkan.communications.mail-from:noreply@samverkan.local}") String from) {
        this.mail = mail;
        this.from = from;
    }

    void send(String notificationId, List<String> to, String subject, String body) throws MessagingException {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession() : sender.createMimeMessage().getSession();
        String messageId = "<" + notificationId.replaceAll("[^A-Za-z0-9.:-]", "-") + "@notifications.samverkan>";
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        for (String address : to) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address));
        }
        message.setSubject(subject, "UTF-8");
        message.setText(body, "UTF-8");
        sender.send(message);
    }
}
