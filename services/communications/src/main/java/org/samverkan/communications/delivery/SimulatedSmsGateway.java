package org.samverkan.communications.delivery;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The local SMS gateway: records messages instead of sending them (local runs, tests, benchmarks). Numbers listed
 * in {@code samverkan.communications.sms.simulator.unreachable} are refused, to exercise retries and failure reports.
 * A real gateway adapter replaces it with {@code samverkan.communications.sms.gateway} set to something else.
 */
@Component
@ConditionalOnProperty(name = "samverkan.communications.sms.gateway", havingValue = "simulator", matchIfMissing = true)
public class SimulatedSmsGateway implements SmsGateway {
    public record Sms(String number, String text) {
    }

    private final List<Sms> sent = new CopyOnWriteArrayList<>();
    private final Set<String> unreachable;

    SimulatedSmsGateway(@Value("${samverkan.communications.sms.simulator.unreachable:}") Set<String> unreachable) {
        this.unreachable = Set.copyOf(unreachable);
    }

    @Override
    public void send(String number, String text) {
        if (unreachable.contains(number)) {
            throw new IllegalStateException("SMS gateway simulator: " + number + " is unreachable");
        }
        sent.add(new Sms(number, text));
    }

    public List<Sms> sent() {
        return List.copyOf(sent);
    }
}
