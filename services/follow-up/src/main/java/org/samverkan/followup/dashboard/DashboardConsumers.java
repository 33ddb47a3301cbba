package org.samverkan.followup.dashboard;

import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dashboard's consumer functions, one binding per source topic ({@code dashboard*-in-0} in application.yml), so
 * each can be watched, paused and reset on its own. All read through the same typed facts.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConsumers {

    @Bean
    TypedEventConsumer dashboardOrganizations(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router());
    }

    @Bean
    TypedEventConsumer dashboardOffers(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router());
    }

    @Bean
    TypedEventConsumer dashboardNeeds(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router());
    }

    @Bean
    TypedEventConsumer dashboardCommitments(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router());
    }

    @Bean
    TypedEventConsumer dashboardNotices(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router());
    }

    @Bean
    TypedEventConsumer dashboardDeliveries(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router());
    }

    @Bean
    TypedEventConsumer dashboardObservations(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router());
    }

    @Bean
    TypedEventConsumer dashboardRumours(EventConsumers consumers, DashboardProjection projection) {
        return consumers.of(projection.router());
    }
}
