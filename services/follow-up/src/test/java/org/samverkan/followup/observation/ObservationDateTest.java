package org.samverkan.followup.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.Area;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.Term;

/** "Not in the future" is judged by the municipality's calendar day, not UTC's (unit test, fixed clock, no store). */
class ObservationDateTest {
    /** 23:30 UTC on 14 March is 00:30 on 15 March in Stockholm. */
    static final Clock JUST_AFTER_MIDNIGHT_IN_STOCKHOLM = Clock.fixed(Instant.parse("2026-03-14T23:30:00Z"), ZoneOffset.UTC);
    private final List<AggregateRoot> saved = new ArrayList<>();
    private final ObservationService service = new ObservationService(new RememberingStore(), null, reference(),
            JUST_AFTER_MIDNIGHT_IN_STOCKHOLM, ZoneId.of("Europe/Stockholm"));
    private final CurrentUser staff = new CurrentUser("staff-1", Set.of("crisis-staff"), Optional.empty(), true, false);

    @Test
    void anObservationDatedTodayInStockholmIsAcceptedWhileUtcIsStillOnTheDayBefore() {
        ObservationView view = service.report(staff, request(LocalDate.parse("2026-03-15")));
        assertThat(view.observedOn()).isEqualTo(LocalDate.parse("2026-03-15"));
        assertThat(saved).hasSize(1);
    }

    @Test
    void anObservationDatedTomorrowInStockholmIsRefusedNamingObservedOn() {
        assertThatThrownBy(() -> service.report(staff, request(LocalDate.parse("2026-03-16"))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.fields()).extracting(p -> p.field()).containsExactly("observedOn"));
        assertThat(saved).isEmpty();
    }

    private static ObservationRequest request(LocalDate observedOn) {
        return new ObservationRequest("varby", List.of("older-people"), List.of(), "isolation",
                "Äldre i Vårby har inte fått information om matutdelningen", Severity.MEDIUM, observedOn);
    }

    private static ReferenceData reference() {
        return new ReferenceData("Huddinge", true, List.of(new Area("varby", "Vårby", 1000, null, null)), List.of(),
                List.of(new Term("older-people", "Äldre", "")), List.of(), List.of());
    }

    /** Keeps what would be written instead of writing it: the date rule is what is under test, not the store. */
    private final class RememberingStore extends AggregateStore {
        RememberingStore() {
            super(null, null, null, null);
        }

        @Override
        public <A extends AggregateRoot> A save(A aggregate) {
            saved.add(aggregate);
            return aggregate;
        }
    }
}
