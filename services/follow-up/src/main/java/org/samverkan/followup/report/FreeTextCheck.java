package org.samverkan.followup.report;

/** Refuses free text that contains a personal identifier, naming the field (422). */
interface FreeTextCheck {
    void check(String field, String text);
}
