package org.samverkan.registry.reach;

import java.util.ArrayList;
import java.util.List;

import org.samverkan.platform.web.FieldProblem;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.samverkan.registry.organization.OrganizationStatus;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Filters of a reach query. Several values of one filter must all be covered (area=varby&amp;area=masmo: both);
 * without a status filter every organisation but merged records is found.
 */
record ReachFilter(List<String> areas, List<String> languages, List<String> groups, List<String> channels,
                   List<OrganizationStatus> statuses) {

    ReachFilter {
        areas = areas == null ? List.of() : areas;
        languages = languages == null ? List.of() : languages;
        groups = groups == null ? List.of() : groups;
        channels = channels == null ? List.of() : channels;
        statuses = statuses == null ? List.of() : statuses;
    }

    List<FieldProblem> problems(ReferenceData reference) {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(reference.unknown(Kind.AREA, "area", areas));
        problems.addAll(reference.unknown(Kind.LANGUAGE, "language", languages));
        problems.addAll(reference.unknown(Kind.TARGET_GROUP, "group", groups));
        problems.addAll(reference.unknown(Kind.CHANNEL_KIND, "channel", channels));
        return problems;
    }

    Criteria criteria() {
        Criteria c = statuses.isEmpty() ? Criteria.where("status").ne(OrganizationStatus.MERGED.name())
                : Criteria.where("status").in(statuses.stream().map(Enum::name).toList());
        c = all(c, "reach.areas", areas);
        c = all(c, "reach.languages", languages);
        c = all(c, "reach.targetGroups", groups);
        c = all(c, "reach.channels.kind", channels);
        return c;
    }

    private static Criteria all(Criteria c, String field, List<String> values) {
        if (values.isEmpty()) {
            return c;
        }
        return values.size() == 1 ? c.and(field).is(values.getFirst()) : c.and(field).all(values);
    }
}
