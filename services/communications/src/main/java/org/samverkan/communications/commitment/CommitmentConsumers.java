package org.samverkan.communications.commitment;

import java.time.Duration;
import java.util.Map;

import org.samverkan.communications.notification.Notifications;
import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.ProjectionWriter;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.MalformedEventException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A copy of the inventory's needs ({@code needCopy-in-0}, version-guarded), and for each proposed commitment one
 * e-mail owed to the organisation's notice address ({@code commitmentNotices-in-0}; the commitment id names it, so a
 * redelivery owes nothing more).
 */
@Configuration(proxyBeanMethods = false)
class CommitmentConsumers {
    static final String NEEDS = "need_copies";

    @Bean
    TypedEventConsumer needCopy(EventConsumers consumers, MongoTemplate mongo) {
        ProjectionWriter writer = new ProjectionWriter(mongo);
        return consumers.of(EventRouter.<Outcome>create().on(InventoryContract.NeedState.class, event -> {
            var need = event.data();
            if (need.needId() == null) {
                throw new MalformedEventException("Need event " + event.id() + " lacks needId");
            }
            return writer.applyIfNewer(NEEDS, need.needId(), event.aggregateVersion(), new Update()
                    .set("resourceType", need.resourceType()).set("description", need.description()).set("areas", need.areas())
                    .set("neededBy", need.neededBy()).set("status", need.status()));
        }));
    }

    @Bean
    TypedEventConsumer commitmentNotices(EventConsumers consumers, Notifications notifications) {
        return consumers.of(EventRouter.<Outcome>create().on(InventoryContract.Proposed.class, event -> {
            var c = event.data();
            if (c.commitmentId() == null || c.needId() == null || c.organizationId() == null) {
                throw new MalformedEventException("CommitmentProposed " + event.id() + " lacks its commitment, need or organisation");
            }
            return Outcome.appliedIf(notifications.owe(CommitmentProposedMail.KIND + ":" + c.commitmentId(), CommitmentProposedMail.KIND,
                    c.commitmentId(), Map.of("needId", c.needId(), "organizationId", c.organizationId(),
                            "quantity", String.valueOf(c.quantity()), "unit", String.valueOf(c.unit()),
                            "resourceType", String.valueOf(c.resourceType())), Duration.ZERO));
        }).ignoring(InventoryContract.COMMITMENT_TYPES_NOT_READ));
    }
}
