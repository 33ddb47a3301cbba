package org.samverkan.communications.organization;

import org.samverkan.communications.organization.RegistryContract.OrganizationState;
import org.samverkan.communications.organization.RegistryContract.Reach;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.MalformedEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the copy of organisations' status and reach that decides required languages and who receives a notice.
 * Bound as {@code organizationCopy-in-0}.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationCopyConsumer {

    @Bean
    TypedEventConsumer organizationCopy(EventConsumers consumers, OrganizationCopies copies) {
        return consumers.of(EventRouter.<Outcome>create().on(OrganizationState.class, event -> {
            OrganizationState state = event.data();
            if (state.organizationId() == null || state.status() == null) {
                throw new MalformedEventException("Organisation event " + event.id() + " lacks organizationId or status");
            }
            Reach reach = state.reach() == null ? new Reach(null, null, null) : state.reach();
            return copies.apply(new OrganizationCopy(state.organizationId(), state.name(), state.status(),
                    reach.areas(), reach.languages(), reach.targetGroups(), event.aggregateVersion()));
        }));
    }
}
