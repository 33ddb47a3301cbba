package org.samverkan.communications.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editing a draft raises no event, yet two editors working from the same copy must not overwrite each other: the
 * platform store guards every write by the revision it was loaded at, events or not.
 */
class ConcurrentEditTest extends CommunicationsIntegrationBase {
    @Autowired
    AggregateStore store;

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), List.of("sv")));
        Notice first = store.find(Notice.class, id).orElseThrow();
        Notice second = store.find(Notice.class, id).orElseThrow();
        NoticeContent original = first.content();

        first.edit(original, Instant.now());
        first.submit(Instant.now(), "test-request");
        store.save(first);
        second.edit(original, Instant.now());

        assertThatThrownBy(() -> store.save(second)).isInstanceOf(ConflictException.class);
        Notice stored = store.find(Notice.class, id).orElseThrow();
        assertThat(stored.view().status()).isEqualTo(NoticeStatus.IN_REVIEW);
        assertThat(stored.getRevision()).isEqualTo(2);
        assertThat(stored.getVersion()).as("no event was raised").isZero();
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedWithAConflictAndTheFirstSaveIsKept() {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), List.of("sv", "ar")));
        long seen = http().get("/api/notices/" + id, Notices.OFFICER).json().get("notice").get("version").asLong();
        String first = Notices.draft(List.of("flemingsberg"), List.of("sv", "ar")).replace("Rubrik ar", "Första redaktörens rubrik");
        String second = Notices.draft(List.of("flemingsberg"), List.of("sv", "ar", "so"));

        var saved = http().send("PUT", "/api/notices/" + id, Notices.OFFICER, first, Map.of("If-Match", "\"" + seen + "\""));
        var stale = http().send("PUT", "/api/notices/" + id, Notices.OFFICER, second, Map.of("If-Match", "\"" + seen + "\""));

        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("notice").get("version").asLong()).isEqualTo(seen + 1);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.isProblem()).isTrue();
        var stored = http().get("/api/notices/" + id, Notices.OFFICER).json().get("notice");
        assertThat(stored.get("content").get("texts").get("ar").get("headline").asString()).isEqualTo("Första redaktörens rubrik");
        assertThat(stored.get("content").get("texts").has("so")).isFalse();
    }

    @Test
    void aSaveWithoutIfMatchStillWorksAndAMalformedOneIsABadRequest() {
        String id = Notices.create(http(), Notices.draft(List.of("flemingsberg"), List.of("sv")));
        String body = Notices.draft(List.of("flemingsberg"), List.of("sv"));

        var unguarded = http().send("PUT", "/api/notices/" + id, Notices.OFFICER, body, Map.of());
        var malformed = http().send("PUT", "/api/notices/" + id, Notices.OFFICER, body, Map.of("If-Match", "\"abc\""));

        assertThat(unguarded.status()).as(unguarded.body()).isEqualTo(200);
        assertThat(malformed.status()).as(malformed.body()).isEqualTo(400);
        assertThat(errorFields(malformed)).containsExactly("If-Match");
    }
}
