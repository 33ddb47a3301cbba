package org.samverkan.registry.duplicates;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.samverkan.registry.audit.AuditEntry;
import org.samverkan.registry.audit.AuditTrail;
import org.samverkan.registry.organization.OrganizationService;
import org.samverkan.registry.privacy.ContactPersons;
import org.springframework.dao.DataAccessResourceFailureException;

/** Dismissing a flag writes its audit entry before it closes the flag: a failed entry leaves the flag open to retry. */
class DismissalOrderTest {

    @Test
    void aFailedAuditEntryLeavesTheFlagOpen() {
        SimilarNames similarNames = mock(SimilarNames.class);
        AuditTrail audit = mock(AuditTrail.class);
        String flagId = "a~b";
        when(similarNames.find(flagId)).thenReturn(Optional.of(new DuplicateFlag(flagId, "b", "B", "a", "A", 0.9, Instant.now(), true)));
        when(audit.entry(anyString(), anyString(), anyString(), isNull(), anyMap()))
                .thenReturn(new AuditEntry("x", Instant.now(), "admin", "DUPLICATE_FLAG_DISMISSED", "a", null, java.util.Map.of()));
        when(similarNames.close(flagId)).thenReturn(true);
        doThrow(new DataAccessResourceFailureException("store away")).when(audit).appendOnce(any());
        MergeController controller = new MergeController(mock(OrganizationService.class), mock(ContactPersons.class), similarNames, audit);

        assertThatThrownBy(() -> controller.dismiss(flagId)).isInstanceOf(DataAccessResourceFailureException.class);

        verify(similarNames, never()).close(anyString());
    }
}
