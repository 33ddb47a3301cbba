package org.samverkan.followup.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;

/**
 * Collects what is wrong with a follow-up request — codes the reference data or a code list does not know, dates out
 * of order — and refuses it as one 422 naming every field, before anything is stored. Free text is screened before,
 * by the request records' constraints (platform screening).
 */
public final class FieldChecks {
    private final ReferenceData reference;
    private final List<FieldProblem> problems = new ArrayList<>();

    public FieldChecks(ReferenceData reference) {
        this.reference = reference;
    }

    public FieldChecks codes(ReferenceData.Kind kind, String field, Collection<String> codes) {
        problems.addAll(reference.unknown(kind, field, codes));
        return this;
    }

    public FieldChecks code(ReferenceData.Kind kind, String field, String code) {
        if (code != null) {
            // The reference data names a list's place ("field[0]"); a single code is the field itself.
            reference.unknown(kind, field, List.of(code)).forEach(p -> problems.add(new FieldProblem(field, p.message())));
        }
        return this;
    }

    public FieldChecks oneOf(String field, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            problems.add(new FieldProblem(field, "'" + value + "' is not one of " + allowed.stream().sorted().toList()));
        }
        return this;
    }

    public FieldChecks rule(boolean holds, String field, String message) {
        if (!holds) {
            problems.add(new FieldProblem(field, message));
        }
        return this;
    }

    public void orRefuse() {
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems.size() == 1 ? problems.getFirst().field() + ": " + problems.getFirst().message()
                    : problems.size() + " fields are not acceptable", List.copyOf(problems));
        }
    }
}
