package org.samverkan.followup.dashboard;

import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboard's consumer functions, one binding per source topic ({@code dashboard*-in-0} in application.yml), so
 * each can be watched, paused and reset on its own. Each knows exactly its topic's types, read through the same typed facts as a rebuild.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConsumers {

    @Bean
    TypedEventConsumer dashboardOrganizations(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router(SourceContracts.ORGANIZATIONS));
    }

    @Bean
    TypedEventConsumer dashboardOffers(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router(SourceContracts.OFFERS));
    }

    @Bean
    TypedEventConsumer dashboardNeeds(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router(SourceContracts.NEEDS));
    }

    @Bean
    TypedEventConsumer dashboardCommitments(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router(SourceContracts.COMMITMENTS));
    }

    @Bean
    TypedEventConsumer dashboardNotices(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router(SourceContracts.NOTICES));
    }

    @Bean
    TypedEventConsumer dashboardDeliveries(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router(SourceContracts.DELIVERIES));
    }

    @Bean
    TypedEventConsumer dashboardObservations(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router(SourceContracts.OBSERVATIONS));
    }

    @Bean
    TypedEventConsumer dashboardRumours(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router(SourceContracts.RUMOURS));
    }
}
