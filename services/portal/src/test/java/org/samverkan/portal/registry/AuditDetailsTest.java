package org.samverkan.portal.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.portal.registry.AuditDetails.Value;

class AuditDetailsTest {

    @Test
    void statusAndKindAreShownByTheirNamesNotAsAMap() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", "ASSOCIATION");
        details.put("status", "PENDING");

        assertThat(AuditDetails.of(details, Map.of())).containsExactly(
                new AuditDetails("registry.audit.detail.kind", List.of(Value.key("registry.kind.ASSOCIATION"))),
                new AuditDetails("registry.audit.detail.status", List.of(Value.key("registry.status.PENDING"))));
    }

    @Test
    void changedFieldsAreLabelsAndOrganisationIdsAreNames() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mergedId", "b-id");
        details.put("changed", List.of("description", "reach"));

        assertThat(AuditDetails.of(details, Map.of("b-id", "Somaliska föreningen"))).containsExactly(
                new AuditDetails("registry.audit.detail.mergedId", List.of(Value.text("Somaliska föreningen"))),
                new AuditDetails("registry.audit.detail.changed",
                        List.of(Value.key("registry.audit.field.description"), Value.key("registry.audit.field.reach"))));
    }

    @Test
    void anOrganisationTheRegistryNoLongerNamesIsSaidSoNotShownAsAnId() {
        assertThat(AuditDetails.of(Map.of("flag", "a-id~b-id"), Map.of("a-id", "A"))).containsExactly(
                new AuditDetails("registry.audit.detail.flag", List.of(Value.text("A"), Value.key("registry.audit.unnamed"))));
    }

    @Test
    void aReasonIsShownAsWritten() {
        assertThat(AuditDetails.of(Map.of("reason", "Inaktiv sedan 2024"), null)).containsExactly(
                new AuditDetails("registry.audit.detail.reason", List.of(Value.text("Inaktiv sedan 2024"))));
    }
}
