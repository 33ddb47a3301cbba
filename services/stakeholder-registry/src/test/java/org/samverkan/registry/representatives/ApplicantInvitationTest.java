package org.samverkan.registry.representatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.consumer.Outcome;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.registry.organization.OrganizationService;
import org.samverkan.registry.organization.OrganizationStatus;
import org.samverkan.registry.organization.OrganizationView;

/** The invitation step's decisions, with the organisations and representatives mocked (the real ones: the integration tests). */
class ApplicantInvitationTest {
    private final OrganizationService organizations = mock(OrganizationService.class);
    private final Representatives representatives = mock(Representatives.class);

    @Test
    void aVerifiedOrganisationsApplicantIsInvitedOnceAndThenForgotten() {
        when(organizations.applicant("org-1")).thenReturn(Optional.of("anna@example.se"));
        when(organizations.get("org-1")).thenReturn(view(OrganizationStatus.VERIFIED));
        assertThat(ApplicantInvitation.invite("org-1", organizations, representatives)).isEqualTo(Outcome.APPLIED);
        verify(representatives).invite("org-1", "anna@example.se", false);
        verify(organizations).forgetApplicant("org-1", "APPLICANT_INVITED");
    }

    @Test
    void aRedeliveredEventFindsNoApplicantAndInvitesNobody() {
        when(organizations.applicant("org-1")).thenReturn(Optional.empty());
        assertThat(ApplicantInvitation.invite("org-1", organizations, representatives)).isEqualTo(Outcome.ALREADY_SEEN);
        verify(representatives, never()).invite(anyString(), anyString(), anyBoolean());
    }

    @Test
    void anOrganisationSuspendedSinceKeepsItsApplicantForTheReinstatement() {
        when(organizations.applicant("org-1")).thenReturn(Optional.of("anna@example.se"));
        when(organizations.get("org-1")).thenReturn(view(OrganizationStatus.SUSPENDED));
        assertThat(ApplicantInvitation.invite("org-1", organizations, representatives)).isEqualTo(Outcome.IGNORED);
        verify(representatives, never()).invite(anyString(), anyString(), anyBoolean());
        verify(organizations, never()).forgetApplicant(anyString(), anyString());
    }

    @Test
    void aFailedInvitationKeepsTheApplicantSoTheRetryInvitesAgain() {
        when(organizations.applicant("org-1")).thenReturn(Optional.of("anna@example.se"));
        when(organizations.get("org-1")).thenReturn(view(OrganizationStatus.VERIFIED));
        when(representatives.invite(any(), any(), anyBoolean())).thenThrow(new AccountsUnavailable("down", 0, null));
        assertThatThrownBy(() -> ApplicantInvitation.invite("org-1", organizations, representatives))
                .isInstanceOf(AccountsUnavailable.class);
        verify(organizations, never()).forgetApplicant(anyString(), anyString());
    }

    @Test
    void anOrganisationThisStoreDoesNotHoldIsIgnored() {
        when(organizations.applicant("elsewhere")).thenThrow(new NotFoundException("No organisation elsewhere"));
        assertThat(ApplicantInvitation.invite("elsewhere", organizations, representatives)).isEqualTo(Outcome.IGNORED);
    }

    @Test
    void aDemoSecretRefusesToStartOutsideTheDemoProfile() {
        assertThatThrownBy(() -> AccountsConfiguration.check(false, "registry-secret")).isInstanceOf(IllegalStateException.class);
        AccountsConfiguration.check(true, "registry-secret");
        AccountsConfiguration.check(false, "a-long-random-secret");
        AccountsConfiguration.check(false, "");
    }

    private static OrganizationView view(OrganizationStatus status) {
        return new OrganizationView("org-1", "Förening", null, null, status, null, null, null, 0, java.util.List.of(), null, null, 1);
    }
}
