package org.samverkan.communications.notice;

import java.util.ArrayList;
import java.util.List;

import org.samverkan.platform.web.FieldProblem;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What the notices overview asks for: statuses (any of), one incident, areas and languages (all must be there).
 * Without an incident, notices of closed incidents are left out unless {@code closedIncidents} asks for them.
 */
record NoticeFilter(List<NoticeStatus> status, String incident, List<String> area, List<String> language, boolean closedIncidents) {
    NoticeFilter {
        status = status == null ? List.of() : status.stream().filter(java.util.Objects::nonNull).toList();
        area = area == null ? List.of() : List.copyOf(area);
        language = language == null ? List.of() : List.copyOf(language);
        incident = incident == null || incident.isBlank() ? null : incident.strip();
    }

    List<FieldProblem> problems(ReferenceData reference) {
        List<FieldProblem> problems = new ArrayList<>(reference.unknown(Kind.AREA, "area", area));
        problems.addAll(reference.unknown(Kind.LANGUAGE, "language", language));
        return problems;
    }

    /** @param closed codes of closed and archived incidents */
    Criteria criteria(List<String> closed) {
        List<Criteria> all = new ArrayList<>();
        if (!status.isEmpty()) {
            all.add(Criteria.where("status").in(status));
        }
        if (incident != null) {
            all.add(Criteria.where("content.incident").is(incident));
        } else if (!closedIncidents && !closed.isEmpty()) {
            all.add(Criteria.where("content.incident").nin(closed));
        }
        if (!area.isEmpty()) {
            all.add(Criteria.where("content.areas").all(area));
        }
        // Tags are checked against the reference data first, so they are safe as part of a field path.
        language.forEach(tag -> all.add(Criteria.where("content.texts." + tag + ".headline").exists(true)));
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }
}
