package org.samverkan.portal.crisis;

import java.util.List;

import org.samverkan.portal.web.Labels;
import org.springframework.stereotype.Component;

/**
 * Names for the codes a match explanation lists as covered or missing; which kind of code depends on the
 * criterion ({@code areas}, {@code languages}, {@code targetGroups}, {@code resourceType}). Templates use it as
 * {@code ${@crisisCodes.names(criterion.name, criterion.missing)}}.
 */
@Component("crisisCodes")
public class CriterionNames {
    private final Labels labels;

    CriterionNames(Labels labels) {
        this.labels = labels;
    }

    public String names(String criterion, List<String> codes) {
        String kind = switch (criterion) {
            case "areas" -> "area";
            case "languages" -> "language";
            case "targetGroups" -> "group";
            case "resourceType" -> "resource";
            default -> null;
        };
        return kind == null ? String.join(", ", codes) : labels.names(codes, kind);
    }
}
