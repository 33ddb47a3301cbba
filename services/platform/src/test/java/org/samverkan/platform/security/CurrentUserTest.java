package org.samverkan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** The kind of caller comes from the configured role names, never from the token's own words. */
class CurrentUserTest {
    private static final RoleNames NAMES = new RoleNames(Set.of("inside-a", "inside-b"), "agent", "operator");

    @Test
    void aCallerWithAnyInternalRoleIsInternalAndTheDelegateRoleMakesADelegate() {
        assertThat(kinds("inside-b")).containsExactly(CurrentUser.INTERNAL_AUTHORITY);
        assertThat(kinds("agent")).containsExactly(CurrentUser.DELEGATE_AUTHORITY);
        assertThat(kinds("operator")).as("an operator is neither").isEmpty();
        assertThat(kinds("someone-else")).isEmpty();
    }

    @Test
    void aTokenCannotNameTheKindItself() {
        assertThat(kinds(CurrentUser.INTERNAL_AUTHORITY, CurrentUser.DELEGATE_AUTHORITY))
                .as("its roles become ROLE_ authorities only").isEmpty();
    }

    @Test
    void theTokensOrgIdsNameEveryPartyAndTheOlderSingleOrgIdStillCounts() {
        assertThat(CurrentUser.parties(jwt("org_ids", List.of("org-a", "org-b")))).containsExactlyInAnyOrder("org-a", "org-b");
        assertThat(CurrentUser.parties(jwt("org_id", "org-c"))).containsExactly("org-c");
        assertThat(CurrentUser.parties(jwt("org_ids", List.of(" ")))).as("a blank value names no party").isEmpty();
        assertThat(CurrentUser.parties(jwt("other", "x"))).isEmpty();
    }

    @Test
    void aDelegateRepresentsEachOfTheirPartiesAndOnlyThose() {
        CurrentUser two = new CurrentUser("rep", Set.of("agent"), Set.of("org-a", "org-b"), false, true);
        assertThat(two.represents("org-a")).isTrue();
        assertThat(two.represents("org-b")).isTrue();
        assertThat(two.represents("org-c")).isFalse();
        assertThat(two.party()).as("no single party to default to").isEmpty();
        CurrentUser one = new CurrentUser("rep", Set.of("agent"), Set.of("org-a"), false, true);
        assertThat(one.party()).contains("org-a");
        assertThat(new CurrentUser("staff", Set.of("inside-a"), Set.of("org-a"), true, false).represents("org-a"))
                .as("only a delegate represents").isFalse();
    }

    private static Jwt jwt(String claim, Object value) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("someone").claim(claim, value).build();
    }

    private static List<String> kinds(String... roles) {
        List<GrantedAuthority> fromToken = java.util.Arrays.stream(roles)
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + r)).toList();
        Collection<GrantedAuthority> all = CurrentUser.withKind(fromToken, NAMES);
        return all.stream().map(GrantedAuthority::getAuthority).filter(a -> !a.startsWith(CurrentUser.ROLE_PREFIX)).toList();
    }
}
