package org.samverkan.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** The request is well-formed but breaks a domain rule (422), optionally naming the fields concerned. */
public class RuleViolationException extends ProblemException {
    public RuleViolationException(String detail, List<FieldProblem> fields) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "Rule violated", detail, fields);
    }

    public RuleViolationException(String field, String message) {
        this(message, List.of(new FieldProblem(field, message)));
    }
}
