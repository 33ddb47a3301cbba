package org.samverkan.communications.languages;

import java.util.List;
import java.util.Map;

/** What the editor shows: the required languages (with reasons), those present and those still missing. */
public record LanguageCheck(Map<String, List<String>> required, List<String> present, List<String> missing) {

    public static LanguageCheck of(Map<String, List<String>> required, java.util.Collection<String> texts) {
        List<String> present = required.keySet().stream().filter(texts::contains).toList();
        List<String> missing = required.keySet().stream().filter(tag -> !texts.contains(tag)).toList();
        return new LanguageCheck(required, present, missing);
    }
}
