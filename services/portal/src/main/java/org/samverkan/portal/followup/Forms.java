package org.samverkan.portal.followup;

import java.util.List;

/** Small conversions from what a form sends to what the follow-up service reads. */
final class Forms {
    private Forms() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> codes(List<String> values) {
        return values == null ? List.of() : values;
    }
}
