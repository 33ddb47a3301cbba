package org.samverkan.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

public class ForbiddenException extends ProblemException {
    public ForbiddenException(String detail) {
        super(HttpStatus.FORBIDDEN, "Forbidden", detail, List.of());
    }
}
