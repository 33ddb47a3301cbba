package org.samverkan.communications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationTest;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editing a draft raises no event, yet two editors working from the same copy must not overwrite each other: the
 * platform store guards every write by the revision it was loaded at, events or not.
 */
class ConcurrentEditTest extends CommunicationsIntegrationTest {
    @Autowired
    AggregateStore store;

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), List.of("sv")));
        Notice first = store.find(Notice.class, id).orElseThrow();
        Notice second = store.find(Notice.class, id).orElseThrow();
        NoticeContent original = first.content();

        first.edit(original, Instant.now());
        first.submit(Instant.now());
        store.save(first);
        second.edit(original, Instant.now());

        assertThatThrownBy(() -> store.save(second)).isInstanceOf(ConflictException.class);
        Notice stored = store.find(Notice.class, id).orElseThrow();
        assertThat(stored.view().status()).isEqualTo(NoticeStatus.IN_REVIEW);
        assertThat(stored.getRevision()).isEqualTo(2);
        assertThat(stored.getVersion()).as("no event was raised").isZero();
    }
}
