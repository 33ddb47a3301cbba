package org.samverkan.portal.client;

import java.util.List;

/**
 * An RFC 9457 problem a service answered with, kept whole so a page can show each message next to the field it
 * names ({@code errors[].field}, e.g. {@code name}, {@code reach.areas[1]}, {@code texts.ar}).
 */
public class ServiceProblem extends RuntimeException {
    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldProblem> errors;

    public ServiceProblem(int status, String title, String detail, List<FieldProblem> errors) {
        super(status + " " + title + ": " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public record FieldProblem(String field, String message) {
    }

    public int getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public List<FieldProblem> getErrors() {
        return errors;
    }

    /** Messages about a form field: the field itself, its items ({@code areas[0]}) or its parts ({@code texts.ar}). */
    public List<String> about(String field) {
        return errors.stream().filter(e -> names(e.field(), field)).map(FieldProblem::message).toList();
    }

    /** Messages about the field itself or its items, not its parts: {@code texts.ar}, not {@code texts.ar.headline}. */
    public List<String> aboutOnly(String field) {
        return errors.stream().filter(e -> names(e.field(), field) && !names(e.field(), field + ".")).map(FieldProblem::message).toList();
    }

    /** The id of the element on the page a field is about ({@link FieldIds}); {@code pageTargets} may be null. */
    public String idOf(String field, java.util.Map<String, String> pageTargets) {
        return FieldIds.id(field, pageTargets);
    }

    public boolean has(String field) {
        return !about(field).isEmpty();
    }

    private static boolean names(String reported, String field) {
        if (reported == null) {
            return false;
        }
        // Bean validation names map entries texts[sv].headline, the services' own rules texts.sv: one form here.
        String dotted = reported.replaceAll("\\[([^\\]0-9][^\\]]*)]", ".$1");
        String plain = dotted.startsWith("reach.") && !field.startsWith("reach.") ? dotted.substring(6) : dotted;
        if (field.endsWith(".")) { // any part of the field
            return plain.startsWith(field);
        }
        return plain.equals(field) || plain.startsWith(field + "[") || plain.startsWith(field + ".");
    }
}
