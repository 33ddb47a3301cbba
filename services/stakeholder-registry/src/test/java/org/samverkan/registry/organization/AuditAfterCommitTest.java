package org.samverkan.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.registry.audit.AuditTrail;
import org.springframework.dao.DataAccessResourceFailureException;

/** Moving the audit entry after a committed change may fail; the change is still answered as done, not as an error. */
class AuditAfterCommitTest {

    @Test
    void aFailureMovingTheEntryAfterTheChangeIsCommittedStillAnswersTheChange() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
        Organization pending = Organization.register("org-1", new RegisterOrganization("Vårby IK", OrganizationKind.ASSOCIATION, null),
                null, clock.instant());
        AggregateStore store = mock(AggregateStore.class);
        when(store.find(Organization.class, "org-1")).thenReturn(Optional.of(pending));
        when(store.save(any(Organization.class))).thenAnswer(call -> call.getArgument(0));
        AuditTrail audit = mock(AuditTrail.class);
        doThrow(new DataAccessResourceFailureException("store away")).when(audit).settle(anyString(), anyString());
        doCallRealMethod().when(audit).settleAfterCommit(anyString(), anyString());
        OrganizationService service = new OrganizationService(store, clock, mock(ReachRules.class), mock(OrganizationNumbers.class),
                mock(DuplicateCheck.class), audit, mock(org.samverkan.registry.noticeaddress.NoticeAddressForwarder.class));

        OrganizationView verified = service.verify("org-1");

        assertThat(verified.status()).isEqualTo(OrganizationStatus.VERIFIED);
    }
}
