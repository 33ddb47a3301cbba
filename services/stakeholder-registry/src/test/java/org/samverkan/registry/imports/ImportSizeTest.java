package org.samverkan.registry.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.web.RuleViolationException;

/** A list longer than the cap is refused whole, before any row is registered or compared by name. */
class ImportSizeTest {
    @Test
    void moreRowsThanTheCapAreRefusedNamingTheFileAndNothingIsRegistered() {
        // No registration service: reaching a row would fail, so the refusal must come before any.
        OrganizationImport capped = new OrganizationImport(null, null, 2);
        assertThatThrownBy(() -> capped.run("name,kind\nA,ASSOCIATION\nB,ASSOCIATION\nC,ASSOCIATION\n"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.fields()).extracting(f -> f.field()).containsExactly("file");
                    assertThat(e.getMessage()).contains("at most 2");
                });
    }
}
