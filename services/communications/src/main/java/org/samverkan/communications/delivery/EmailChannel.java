package org.samverkan.communications.delivery;

import org.samverkan.communications.inbox.Inbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
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
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("no SMTP server configured (spring.mail.host)");
        }
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(from);
        email.setTo(address);
        email.setSubject(message.subject());
        email.setText(message.body());
        sender.send(email);
    }
}
