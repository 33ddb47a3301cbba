package org.samverkan.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

public class ConflictException extends ProblemException {
    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, "Conflict", detail, List.of());
    }
}
