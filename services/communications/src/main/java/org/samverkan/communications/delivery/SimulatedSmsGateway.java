package org.samverkan.communications.delivery;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The test SMS gateway: records messages instead of sending them (tests, benchmarks; local runs use the SMPP adapter
 * and the SMPP sink). Chosen only with {@code samverkan.communications.sms.gateway=simulator}. Numbers listed
 * in {@code samverkan.communications.sms.simulator.unreachable} are refused, to exercise retries and failure reports.
 */
@Component
@ConditionalOnProperty(name = "samverkan.communications.sms.gateway", havingValue = "simulator")
public class SimulatedSmsGateway implements SmsGateway {
    public record Sms(String number, String text) {
    }

    private final List<Sms> sent = new CopyOnWriteArrayList<>();
    private final Set<String> unreachable;

    SimulatedSmsGateway(@Value("${samverkan.communications.sms.simulator.unreachable:}") Set<String> unreachable) {
        this.unreachable = Set.copyOf(unreachable);
    }

    @Override
    public List<String> send(String number, String text) {
        if (unreachable.contains(number)) {
            throw new IllegalStateException("SMS gateway simulator: " + number + " is unreachable");
        }
        sent.add(new Sms(number, text));
        return List.of();
    }

    public List<Sms> sent() {
        return List.copyOf(sent);
    }
}
