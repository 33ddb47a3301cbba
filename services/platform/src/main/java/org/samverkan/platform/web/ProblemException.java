package org.samverkan.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A domain refusal that becomes an RFC 9457 problem: a status, a human detail and, where known, the fields at fault. */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String title;
    private final List<FieldProblem> fields;

    public ProblemException(HttpStatus status, String title, String detail, List<FieldProblem> fields) {
        super(detail);
        this.status = status;
        this.title = title;
        this.fields = List.copyOf(fields);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
