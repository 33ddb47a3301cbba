package org.samverkan.platform.web;

/** One field at fault: its JSON path in the request (e.g. {@code reach.languages[2]}) and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
