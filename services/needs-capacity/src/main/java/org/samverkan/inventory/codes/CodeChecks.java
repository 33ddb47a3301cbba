package org.samverkan.inventory.codes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.springframework.stereotype.Component;

/**
 * Checks that offers and needs speak the municipality's reference data, so matching and gap cells compare like
 * with like. Every unknown code is reported at once, each with its field path, as one 422 problem.
 */
@Component
public class CodeChecks {
    private final ReferenceData reference;

    CodeChecks(ReferenceData reference) {
        this.reference = reference;
    }

    public void require(String resourceType, Collection<String> areas, Collection<String> languages,
                        Collection<String> targetGroups) {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(reference.unknown(Kind.RESOURCE_TYPE, "resourceType", List.of(resourceType)).stream()
                .map(p -> new FieldProblem("resourceType", p.message())).toList());
        problems.addAll(reference.unknown(Kind.AREA, "areas", areas));
        problems.addAll(reference.unknown(Kind.LANGUAGE, "languages", languages));
        problems.addAll(reference.unknown(Kind.TARGET_GROUP, "targetGroups", targetGroups));
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems.size() == 1 ? problems.getFirst().field() + ": " + problems.getFirst().message()
                    : problems.size() + " codes are not in the reference data", problems);
        }
    }
}
