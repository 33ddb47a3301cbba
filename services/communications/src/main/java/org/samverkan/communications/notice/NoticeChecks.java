package org.samverkan.communications.notice;

import java.util.ArrayList;
import java.util.List;

import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.springframework.stereotype.Component;

/** Refuses a draft naming every unknown code at its place, before anything is written. */
@Component
class NoticeChecks {
    private final ReferenceData reference;

    NoticeChecks(ReferenceData reference) {
        this.reference = reference;
    }

    void require(NoticeDraft d) {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(reference.unknown(Kind.AREA, "areas", d.areas()));
        problems.addAll(reference.unknown(Kind.TARGET_GROUP, "targetGroups", d.targetGroups()));
        problems.addAll(reference.unknown(Kind.LANGUAGE, "sourceLanguage", List.of(d.sourceLanguage())).stream()
                .map(p -> new FieldProblem("sourceLanguage", p.message())).toList());
        d.texts().keySet().stream().filter(tag -> !reference.knows(Kind.LANGUAGE, tag))
                .forEach(tag -> problems.add(new FieldProblem("texts." + tag, "unknown language '" + tag + "'")));
        for (int i = 0; i < d.media().size(); i++) {
            if (!reference.knows(Kind.LANGUAGE, d.media().get(i).language())) {
                problems.add(new FieldProblem("media[" + i + "].language", "unknown language '" + d.media().get(i).language() + "'"));
            }
        }
        if (!d.texts().containsKey(d.sourceLanguage())) {
            problems.add(new FieldProblem("texts." + d.sourceLanguage(), "the source language needs a text"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("The notice refers to unknown codes or lacks its source text", problems);
        }
    }
}
