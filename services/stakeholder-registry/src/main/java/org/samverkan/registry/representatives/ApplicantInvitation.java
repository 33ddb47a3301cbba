package org.samverkan.registry.representatives;

import org.samverkan.platform.consumer.EventConsumers;
import org.samverkan.platform.consumer.EventRouter;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.consumer.TypedEventConsumer;
import org.samverkan.platform.events.EventTypes;
import org.samverkan.registry.organization.OrganizationService;
import org.samverkan.registry.organization.OrganizationStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Verification invites the applicant: a step driven by the registry's own OrganizationVerified, not a second write
 * in the administrator's request, so verifying never waits for (or fails with) the identity provider, and a failed
 * invitation is retried by the consumer (an unreachable provider is waited out). Bound as
 * {@code applicantInvitations-in-0}.
 */
@Configuration(proxyBeanMethods = false)
class ApplicantInvitation {
    private static final String PREFIX = "org.samverkan.registry.";

    /** The registry's own contract: only the id is needed, the applicant's address is on the record. */
    @EventTypes(PREFIX + "OrganizationVerified")
    record Verified(String organizationId) {
    }

    @Bean
    TypedEventConsumer applicantInvitations(EventConsumers consumers, OrganizationService organizations,
                                            Representatives representatives) {
        return consumers.of(EventRouter.<Outcome>create()
                .on(Verified.class, event -> invite(event.data().organizationId(), organizations, representatives))
                .ignoring(PREFIX + "OrganizationRegistered", PREFIX + "OrganizationProfileChanged",
                        PREFIX + "OrganizationSuspended", PREFIX + "OrganizationMerged"));
    }

    /**
     * Idempotent: the representative's id follows from organisation and address, an INVITED one is not invited
     * again, and the address leaves the organisation's record once the invitation is recorded.
     */
    static Outcome invite(String organizationId, OrganizationService organizations, Representatives representatives) {
        java.util.Optional<String> applicant;
        try {
            applicant = organizations.applicant(organizationId);
        } catch (org.samverkan.platform.web.NotFoundException notInThisStore) {
            // Only where several registries share one broker (tests): the event is another store's.
            return Outcome.IGNORED;
        }
        if (applicant.isEmpty()) {
            return Outcome.ALREADY_SEEN;
        }
        if (organizations.get(organizationId).status() != OrganizationStatus.VERIFIED) {
            // Suspended or merged since: a reinstatement publishes OrganizationVerified again.
            return Outcome.IGNORED;
        }
        representatives.invite(organizationId, applicant.get(), false);
        organizations.forgetApplicant(organizationId, "APPLICANT_INVITED");
        return Outcome.APPLIED;
    }
}
