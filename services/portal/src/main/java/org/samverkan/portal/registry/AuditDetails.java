package org.samverkan.portal.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An audit entry's details as label: value pairs for the page, in message keys the template says in the interface
 * language: statuses and kinds by their names, changed fields by their labels, organisations by name (the registry
 * names those an entry mentions), free text (a reason) as it was written.
 */
public record AuditDetails(String labelKey, List<Value> values) {

    /** A value shown by its message key, or as text where there is none (a reason, an unnamed id). */
    public record Value(String key, String text) {
        static Value key(String key) {
            return new Value(key, null);
        }

        static Value text(String text) {
            return new Value(null, text);
        }
    }

    /** For templates: {@code ${@auditDetails.of(e)}} with an entry of {@code GET /api/audit}. */
    @org.springframework.stereotype.Component("auditDetails")
    public static class Reader {
        @SuppressWarnings("unchecked")
        public List<AuditDetails> of(Map<String, Object> entry) {
            return AuditDetails.of((Map<String, Object>) entry.get("details"), (Map<String, String>) entry.get("organizations"));
        }

        @SuppressWarnings("unchecked")
        public String organisation(Map<String, Object> entry) {
            return entry.get("organizations") instanceof Map<?, ?> names ? (String) ((Map<String, String>) names).get(entry.get("organizationId")) : null;
        }
    }

    static List<AuditDetails> of(Map<String, Object> details, Map<String, String> organizations) {
        List<AuditDetails> shown = new ArrayList<>();
        if (details == null) {
            return shown;
        }
        Map<String, String> names = organizations == null ? Map.of() : organizations;
        details.forEach((key, value) -> shown.add(switch (key) {
            case "status" -> new AuditDetails("registry.audit.detail.status", List.of(Value.key("registry.status." + value)));
            case "kind" -> new AuditDetails("registry.audit.detail.kind", List.of(Value.key("registry.kind." + value)));
            case "changed" -> new AuditDetails("registry.audit.detail.changed",
                    each(value).stream().map(f -> Value.key("registry.audit.field." + f)).toList());
            case "mergedId", "mergedInto", "similarTo" -> new AuditDetails("registry.audit.detail." + key, named(each(value), names));
            case "flag" -> new AuditDetails("registry.audit.detail.flag", named(List.of(String.valueOf(value).split("~")), names));
            case "reason" -> new AuditDetails("registry.audit.detail.reason", List.of(Value.text(String.valueOf(value))));
            case "actor" -> new AuditDetails("registry.audit.detail.actor", List.of(Value.text(String.valueOf(value))));
            default -> new AuditDetails("registry.audit.detail.other", List.of(Value.text(key + " " + value)));
        }));
        return shown;
    }

    private static List<Value> named(Collection<String> ids, Map<String, String> names) {
        return ids.stream().map(id -> names.containsKey(id) ? Value.text(names.get(id)) : Value.key("registry.audit.unnamed")).toList();
    }

    private static List<String> each(Object value) {
        return value instanceof Collection<?> many ? many.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
    }
}
