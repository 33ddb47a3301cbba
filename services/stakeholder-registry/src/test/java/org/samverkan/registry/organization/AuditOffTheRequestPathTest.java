package org.samverkan.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.registry.actor.Actors;
import org.samverkan.registry.audit.AuditTrail;

/**
 * An organisation change is answered from its one aggregate write: the audit trail follows from the change's event,
 * so nothing about the trail — written, failing, or down — can turn a committed change into an error.
 */
class AuditOffTheRequestPathTest {

    @Test
    void aVerificationIsAnsweredWithoutTouchingTheAuditTrail() {
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
        Organization pending = Organization.register("org-1", new RegisterOrganization("Vårby IK", OrganizationKind.ASSOCIATION, null),
                null, clock.instant(), Actors.ANONYMOUS);
        AggregateStore store = mock(AggregateStore.class);
        when(store.find(Organization.class, "org-1")).thenReturn(Optional.of(pending));
        when(store.save(any(Organization.class))).thenAnswer(call -> call.getArgument(0));
        Actors actors = mock(Actors.class);
        when(actors.current()).thenReturn("5b0c6d1e-0000-4000-8000-000000000001");
        AuditTrail audit = mock(AuditTrail.class);
        OrganizationService service = new OrganizationService(store, clock, mock(ReachRules.class), mock(OrganizationNumbers.class),
                mock(DuplicateCheck.class), actors, audit, mock(org.samverkan.registry.noticeaddress.NoticeAddressForwarder.class));

        OrganizationView verified = service.verify("org-1");

        assertThat(verified.status()).isEqualTo(OrganizationStatus.VERIFIED);
        verifyNoInteractions(audit);
    }
}
