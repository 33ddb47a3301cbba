package org.samverkan.reference;

import java.util.List;

/** The reference data file cannot be used; the message names every problem with its line, so it can be fixed in one go. */
public class InvalidReferenceDataException extends IllegalStateException {
    private final List<String> problems;

    InvalidReferenceDataException(String source, List<String> problems) {
        super("Reference data " + source + " is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
