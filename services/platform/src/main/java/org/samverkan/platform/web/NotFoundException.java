package org.samverkan.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

public class NotFoundException extends ProblemException {
    public NotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, "Not found", detail, List.of());
    }
}
