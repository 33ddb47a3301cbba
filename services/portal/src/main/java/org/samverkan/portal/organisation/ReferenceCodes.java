package org.samverkan.portal.organisation;

import java.util.Collection;

import org.samverkan.portal.web.Labels;
import org.springframework.stereotype.Component;

/**
 * The codes of one kind for the pickers in {@code templates/organisation/codes.html}, which the organisation,
 * registry, crisis and follow-up pages share. (Thymeleaf does not let fragment parameters call beans, so a page
 * names the kind and the fragment looks the codes up here: {@code ${@codes.terms('area')}}.)
 */
@Component("codes")
public class ReferenceCodes {
    private final Labels labels;

    ReferenceCodes(Labels labels) {
        this.labels = labels;
    }

    /** Areas, target groups, channel kinds or resource types: each has a {@code code} and a {@code name}. */
    public Collection<?> terms(String kind) {
        return switch (kind) {
            case "area" -> labels.areas();
            case "group" -> labels.groups();
            case "channel" -> labels.channels();
            case "resource" -> labels.resources();
            default -> throw new IllegalArgumentException("No reference codes of kind " + kind);
        };
    }
}
