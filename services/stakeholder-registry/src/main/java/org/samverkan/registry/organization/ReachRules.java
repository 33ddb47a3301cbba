package org.samverkan.registry.organization;

import java.util.ArrayList;
import java.util.List;

import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.springframework.stereotype.Component;

/** Reach codes must come from the municipality's reference data; every unknown code is named by its place. */
@Component
public class ReachRules {
    private final ReferenceData reference;

    ReachRules(ReferenceData reference) {
        this.reference = reference;
    }

    public List<FieldProblem> problems(Reach reach, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reach == null) {
            return problems;
        }
        problems.addAll(reference.unknown(Kind.AREA, field + ".areas", reach.areas()));
        problems.addAll(reference.unknown(Kind.LANGUAGE, field + ".languages", reach.languages()));
        problems.addAll(reference.unknown(Kind.TARGET_GROUP, field + ".targetGroups", reach.targetGroups()));
        for (int i = 0; i < reach.channels().size(); i++) {
            Reach.Channel channel = reach.channels().get(i);
            if (channel.kind() == null || !reference.knows(Kind.CHANNEL_KIND, channel.kind())) {
                problems.add(new FieldProblem(field + ".channels[" + i + "].kind", "unknown channel kind '" + channel.kind()
                        + "' in the reference data of " + reference.municipality()));
            }
        }
        return problems;
    }

    void require(Reach reach) {
        List<FieldProblem> problems = problems(reach, "reach");
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems.size() == 1 ? problems.getFirst().message()
                    : problems.size() + " reach codes are unknown", problems);
        }
    }
}
