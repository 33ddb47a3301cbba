package org.samverkan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

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

    private static List<String> kinds(String... roles) {
        List<GrantedAuthority> fromToken = java.util.Arrays.stream(roles)
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority(CurrentUser.ROLE_PREFIX + r)).toList();
        Collection<GrantedAuthority> all = CurrentUser.withKind(fromToken, NAMES);
        return all.stream().map(GrantedAuthority::getAuthority).filter(a -> !a.startsWith(CurrentUser.ROLE_PREFIX)).toList();
    }
}
