package org.samverkan.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which organisation a representative acts for: their only one, or the chosen one if the token lists it. */
class ActingForTest {

    @Test
    void aRepresentativeOfOneActsForItWhateverTheSessionSays() {
        assertThat(PortalUser.actingFor(List.of("org-a"), null)).isEqualTo("org-a");
        assertThat(PortalUser.actingFor(List.of("org-a"), "org-b")).isEqualTo("org-a");
    }

    @Test
    void aRepresentativeOfSeveralActsForTheChosenOneOnlyIfTheTokenListsIt() {
        assertThat(PortalUser.actingFor(List.of("org-a", "org-b"), "org-b")).isEqualTo("org-b");
        assertThat(PortalUser.actingFor(List.of("org-a", "org-b"), null)).as("nothing chosen yet").isNull();
        assertThat(PortalUser.actingFor(List.of("org-a", "org-b"), "org-c")).as("a choice the token no longer lists").isNull();
        assertThat(PortalUser.actingFor(List.of(), "org-c")).isNull();
    }
}
