package org.samverkan.communications.delivery;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends one message to an inbox over every channel it has; says which channels took it and why others did not. */
@Component
class DeliveryChannels {
    record Outcome(List<String> delivered, List<String> errors) {
    }

    private final ObjectProvider<JavaMailSender> mail;
    private final SmsGateway sms;
    private final String from;

    DeliveryChannels(ObjectProvider<JavaMailSender> mail, SmsGateway sms,
                     @Value("${samverkan.communications.mail-from:noreply@samverkan.local}") String from) {
        this.mail = mail;
        this.sms = sms;
        this.from = from;
    }

    Outcome send(Inbox inbox, DeliveryMessage message) {
        List<String> delivered = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        if (inbox == null) {
            errors.add("the organisation has registered no notice inbox");
            return new Outcome(delivered, errors);
        }
        if (inbox.email() != null) {
            try {
                JavaMailSender sender = mail.getIfAvailable();
                if (sender == null) {
                    throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
                }
                SimpleMailMessage email = new SimpleMailMessage();
                email.setFrom(from);
                email.setTo(inbox.email());
                email.setSubject(message.subject());
                email.setText(message.body());
                sender.send(email);
                delivered.add("email");
            } catch (RuntimeException e) {
                errors.add("email: " + redact(e.getMessage()));
            }
        }
        if (inbox.sms() != null) {
            try {
                sms.send(inbox.sms(), message.sms());
                delivered.add("sms");
            } catch (RuntimeException e) {
                errors.add("sms: " + redact(e.getMessage()));
            }
        }
        return new Outcome(delivered, errors);
    }

    /** Servers quote the address they refused; the reason ends up in a DeliveryFailed event, the address must not. */
    static String redact(String error) {
        return error == null ? "unknown error" : error.replaceAll("[^\\s<>\"',;]+@[^\\s<>\"',;]+", "<address>")
                .replaceAll("\\+?[0-9][0-9 -]{5,}[0-9]", "<number>");
    }
}
