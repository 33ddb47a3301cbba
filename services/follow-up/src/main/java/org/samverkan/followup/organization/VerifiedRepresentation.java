package org.samverkan.followup.organization;

import java.util.Optional;

import org.samverkan.followup.dashboard.DashboardQueries;
import org.samverkan.followup.dashboard.Fact;
import org.samverkan.platform.security.PartyStanding;
import org.springframework.stereotype.Component;

/**
 * A representative acts for their organisation only while follow-up's own knowledge of it, the facts its dashboard
 * keeps from the registry's topic, says it is verified: a suspension (or merger) reaches follow-up as an event and locks
 * its representatives out of observations, rumours and report comments on their next request, whatever their token says.
 * <p>
 * How soon: the organisation's newest fact is read from the store on each request ({@link DashboardQueries#organizationNow}),
 * not from the dashboard's cached reading, which may be up to {@code samverkan.followup.dashboard.max-staleness} (5 s)
 * old. So a suspension takes effect as soon as follow-up's {@code dashboardOrganizations} consumer has stored it,
 * normally well under a second after the registry publishes it; the live-generation pointer (cached for at most 1 s)
 * matters only while a rebuild switches generations, and consumers write into both then.
 * <p>
 * An organisation the topic has never told follow-up of is let through, unlike in the inventory and communications.
 * What this guards, a suspended or merged organisation's representatives, is always a status the topic publishes
 * after the organisation's registration, so it is refused as soon as consumed (a pending one is refused too); an
 * unknown one is either not yet consumed or never published. Many of follow-up's tests and end-to-end scenarios act
 * for organisations never published on the topic, so refusing those as well waits until they publish them verified
 * ({@code FollowUpIntegrationBase.verifiedOrganization}).
 */
@Component
class VerifiedRepresentation implements PartyStanding {
    private final DashboardQueries dashboard;

    VerifiedRepresentation(DashboardQueries dashboard) {
        this.dashboard = dashboard;
    }

    @Override
    public Optional<String> refusal(String organizationId) {
        Optional<String> status = dashboard.organizationNow(organizationId).map(Fact::status);
        if (status.isEmpty() || status.get().equals("VERIFIED")) {
            return Optional.empty();
        }
        return Optional.of("The organisation you act for is not verified (" + status.get()
                + "); its representatives have no access until the registry verifies it.");
    }
}
