package org.samverkan.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;

/** On the real store: only timelines changed since an instant are read again, and merged over the older reading. */
class ChangedTimelinesTest extends FollowUpIntegrationBase {
    @Autowired
    Timelines timelines;

    private static Fact fact(long v, String status) {
        return new Fact(v, Instant.parse("2026-12-02T08:00:00Z"), "t", "org", status, List.of("masmo"), null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    /** Waits (bounded) until the clock has moved past {@code instant}, so writes before and after it are told apart. */
    private static Instant afterNow(Instant instant) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(1)).pollInterval(java.time.Duration.ofMillis(1))
                .until(Instant::now, now -> now.isAfter(instant));
    }

    @Test
    void onlyTimelinesChangedSinceTheLastReadingAreReadAndTheyReplaceTheirOlderCopies() throws Exception {
        String generation = "changes" + UUID.randomUUID().toString().substring(0, 8);
        timelines.append(generation, Kind.ORGANIZATIONS, "a", fact(1, "PENDING"));
        timelines.append(generation, Kind.ORGANIZATIONS, "b", fact(1, "PENDING"));
        Facts first = new Facts(timelines.load(generation));
        Instant since = afterNow(Instant.now());
        afterNow(since);
        timelines.append(generation, Kind.ORGANIZATIONS, "a", fact(2, "VERIFIED"));
        timelines.append(generation, Kind.ORGANIZATIONS, "c", fact(1, "PENDING"));

        var changed = timelines.changedSince(generation, since);
        assertThat(changed.get(Kind.ORGANIZATIONS)).extracting(Timeline::id).containsExactlyInAnyOrder("a", "c");
        assertThat(changed.get(Kind.OFFERS)).isEmpty();

        Facts updated = first.with(changed);
        assertThat(updated.of(Kind.ORGANIZATIONS)).extracting(Timeline::id).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(updated.organization("a").latest().orElseThrow().status()).isEqualTo("VERIFIED");
        assertThat(updated.organization("b").states()).hasSize(1);
        assertThat(first.with(timelines.changedSince(generation, Instant.now().plusSeconds(60))))
                .as("nothing changed: the same reading").isSameAs(first);
        timelines.drop(generation);
    }
}
