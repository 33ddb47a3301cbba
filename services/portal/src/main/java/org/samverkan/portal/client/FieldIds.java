package org.samverkan.portal.client;

import java.util.Map;

/**
 * The one place that maps a field name in a service's problem ({@code errors[].field}) to the id of the element on
 * the page it is about — used by the error summary's links and by the {@code error(field)} fragment's id, so a
 * link, an {@code aria-describedby} and the message always agree. Templates reach it through the problem:
 * {@code ${problem.idOf(field, fieldIds)}}.
 *
 * <p>Rules: bean-validation map keys become dots ({@code texts[ar].headline} → {@code texts.ar.headline}); the
 * {@code reach.} prefix is dropped (the forms show reach fields at top level); a page's own targets
 * ({@code fieldIds}, field → id) win; any other text of a language ({@code texts.so}) is its row in the
 * required-languages checklist ({@code required-so}); an item ({@code areas[1]}, {@code media[0].url}) is its
 * field's element, the fieldset.
 */
public final class FieldIds {

    private FieldIds() {
    }

    public static String id(String field, Map<String, String> pageTargets) {
        if (field == null || field.isBlank()) {
            return "main";
        }
        String dotted = field.replaceAll("\\[([^\\]0-9][^\\]]*)]", ".$1");
        String plain = dotted.startsWith("reach.") ? dotted.substring("reach.".length()) : dotted;
        if (pageTargets != null && pageTargets.containsKey(plain)) {
            return pageTargets.get(plain);
        }
        if (plain.startsWith("texts.")) {
            String tag = plain.substring("texts.".length()).split("[.\\[]", 2)[0];
            return "required-" + tag;
        }
        return plain.split("[.\\[]", 2)[0];
    }

    public static String id(String field) {
        return id(field, Map.of());
    }
}
