package org.samverkan.communications.languages;

import java.util.List;
import java.util.Map;

/**
 * What the editor shows: the required languages, those present and those still missing. {@code reasons} says why
 * each is required in structured form (kind, area, share, organisations) for an interface to render in its own
 * language; {@code required} keeps the short English texts for older clients.
 */
public record LanguageCheck(Map<String, List<String>> required, Map<String, List<RequiredReason>> reasons,
                            List<String> present, List<String> missing) {

    public static LanguageCheck of(Map<String, List<RequiredReason>> reasons, java.util.Collection<String> texts) {
        List<String> present = reasons.keySet().stream().filter(texts::contains).toList();
        List<String> missing = reasons.keySet().stream().filter(tag -> !texts.contains(tag)).toList();
        return new LanguageCheck(RequiredLanguages.texts(reasons), reasons, present, missing);
    }
}
