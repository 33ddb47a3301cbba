package org.samverkan.platform.consumer;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;

/** The service's consumer functions with their bindings' groups and topics, as configured. */
public class EventBindings {
    private final Map<String, TypedEventConsumer> consumers;
    private final BindingServiceProperties bindings;

    public EventBindings(Map<String, TypedEventConsumer> consumersByFunctionName, BindingServiceProperties bindings) {
        this.consumers = Map.copyOf(consumersByFunctionName);
        this.bindings = bindings;
        consumers.keySet().forEach(this::requireContainerRetries);
    }

    /** With one attempt the binder handles failures itself, dead-lettering even during an outage: refused. */
    private void requireContainerRetries(String function) {
        int attempts = bindings.getConsumerProperties(input(function)).getMaxAttempts();
        if (attempts < 2) {
            throw new IllegalStateException("spring.cloud.stream.bindings." + input(function) + ".consumer.max-attempts is "
                    + attempts + "; at least 2 keep failures with the platform's handling (waiting out outages)");
        }
    }

    /** The one consumer of that group that reads that topic (in one group, two would split its partitions). */
    public Optional<TypedEventConsumer> consumerOf(String group, String topic) {
        return consumers.entrySet().stream()
                .filter(e -> group.equals(group(e.getKey())) && reads(e.getKey(), topic))
                .map(Map.Entry::getValue).findFirst();
    }

    public Map<String, TypedEventConsumer> all() {
        return consumers;
    }

    public String group(String function) {
        return bindings.getGroup(input(function));
    }

    public boolean reads(String function, String topic) {
        return Arrays.asList(destinations(function)).contains(topic);
    }

    /** The topics the function's input binding reads. */
    public String[] destinations(String function) {
        BindingProperties binding = bindings.getBindingProperties(input(function));
        return binding.getDestination() == null ? new String[0]
                : Arrays.stream(binding.getDestination().split(",")).map(String::trim).toArray(String[]::new);
    }

    private static String input(String function) {
        return function + "-in-0";
    }
}
