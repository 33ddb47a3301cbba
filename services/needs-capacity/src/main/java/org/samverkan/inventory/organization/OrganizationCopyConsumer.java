package org.samverkan.inventory.organization;

import org.samverkan.inventory.organization.RegistryContract.OrganizationState;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.MalformedEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the inventory's copy of each organisation's name, status and reach (areas, languages, target groups), so only verified organisations' capacity
 * counts (MERGED, SUSPENDED and PENDING do not). Bound as {@code organizationCopy-in-0}.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationCopyConsumer {

    @Bean
    TypedEventConsumer organizationCopy(EventConsumers consumers, OrganizationCopies copies) {
        return consumers.of(EventRouter.<Outcome>create().on(OrganizationState.class, event -> {
            OrganizationState state = event.data();
            require(state.organizationId(), state.name(), state.status());
            RegistryContract.Reach reach = state.reach() == null ? new RegistryContract.Reach(null, null, null) : state.reach();
            return copies.apply(state.organizationId(), state.name(), state.status(),
                    new OrganizationCopy.Reach(reach.areas(), reach.languages(), reach.targetGroups()), event.aggregateVersion());
        }));
    }

    private static void require(String... fields) {
        for (String field : fields) {
            if (field == null || field.isBlank()) {
                throw new MalformedEventException("Organisation event lacks a required field");
            }
        }
    }
}
