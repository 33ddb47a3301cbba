package org.samverkan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.consumer.EventBindings;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * For a service's test context: each consumer function knows — handles or knowingly ignores — exactly the types the
 * catalogue lists on the topics its binding reads. A type a producer adds fails here before it reaches a consumer's
 * dead-letter topic in production.
 */
public interface ConsumerCatalogueChecks {

    @Test
    default void everyConsumerKnowsExactlyTheTypesOnItsTopics(@Autowired EventBindings bindings) {
        EventCatalogue catalogue = EventCatalogue.load();
        assertThat(bindings.all()).isNotEmpty();
        bindings.all().forEach((function, consumer) -> {
            // Test-only consumers read test topics, which the catalogue does not list.
            String[] topics = Arrays.stream(bindings.destinations(function)).filter(t -> !t.startsWith("test.")).toArray(String[]::new);
            if (topics.length > 0) {
                Set<String> onTopics = new TreeSet<>();
                Arrays.stream(topics).forEach(topic -> onTopics.addAll(catalogue.typesOn(topic)));
                assertThat(consumer.knownTypes()).as(function + " on " + String.join(", ", topics)).isEqualTo(onTopics);
            }
        });
    }
}
