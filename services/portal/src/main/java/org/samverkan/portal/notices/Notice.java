package org.samverkan.portal.notices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The editor's view of a notice as the communications service returns it ({@code {notice, languages, recipients}}),
 * with what the pages ask of it: the tabs to show, the checklist of required languages, which receiving
 * organisations cannot be reached, what the user may do next.
 */
public record Notice(Map<String, Object> notice, Map<String, Object> languages, Map<String, Object> recipients) {

    @SuppressWarnings("unchecked")
    static Notice of(Map<String, Object> editor) {
        return new Notice((Map<String, Object>) editor.get("notice"), (Map<String, Object>) editor.get("languages"),
                editor.get("recipients") instanceof Map<?, ?> r ? (Map<String, Object>) r : Map.of());
    }

    /** How many organisations the notice would go to. */
    public int recipientCount() {
        return recipients.get("organizations") instanceof Number n ? n.intValue() : 0;
    }

    /** The receiving organisations it cannot reach ({@code organizationId}, {@code name}, {@code reason}). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> cannotBeReached() {
        return recipients.get("cannotBeReached") instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    public String id() {
        return (String) notice.get("id");
    }

    /** The version the page was rendered from; sent back with a save so a concurrent change is not overwritten. */
    public long version() {
        return notice.get("version") instanceof Number n ? n.longValue() : 0;
    }

    /** Where each text field of the open language is on the editor page, for error links ({@code ServiceProblem.idOf}). */
    static Map<String, String> fieldIds(String language) {
        return Map.of("texts." + language, "text-form", "texts." + language + ".headline", "headline",
                "texts." + language + ".body", "body", "texts." + language + ".instruction", "instruction");
    }

    public String status() {
        return (String) notice.get("status");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> content() {
        return (Map<String, Object>) notice.get("content");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> texts() {
        return (Map<String, Object>) content().get("texts");
    }

    @SuppressWarnings("unchecked")
    public Map<String, List<String>> required() {
        return (Map<String, List<String>>) languages.get("required");
    }

    /**
     * Why a language is required, structured ({@code kind}, {@code area}, {@code share}, {@code threshold},
     * {@code organizations: [{id, name}]}), for the editor to say in the interface language with names.
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> reasons(String language) {
        return languages.get("reasons") instanceof Map<?, ?> reasons && reasons.get(language) instanceof List<?> l
                ? (List<Map<String, Object>>) l : List.of();
    }

    @SuppressWarnings("unchecked")
    public List<String> missing() {
        return (List<String>) languages.get("missing");
    }

    public boolean has(String language) {
        return texts().containsKey(language);
    }

    public TextForm text(String language) {
        return TextForm.from(texts().get(language));
    }

    /** One tab per language: the required ones first (in the service's order), then any others written. */
    public List<String> tabs() {
        List<String> tabs = new ArrayList<>(required().keySet());
        new TreeSet<>(texts().keySet()).stream().filter(l -> !tabs.contains(l)).forEach(tabs::add);
        return tabs;
    }

    /** A reviewer's send-back as the editor shows it: when (local time) and the comment. */
    public record SentBack(String at, String comment) {
    }

    private static final java.time.format.DateTimeFormatter LOCAL = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(java.time.ZoneId.of("Europe/Stockholm"));

    /** What reviewers wrote when they sent it back, oldest first. */
    @SuppressWarnings("unchecked")
    public List<SentBack> sentBack() {
        Object back = notice.get("sentBack");
        return back == null ? List.of() : ((List<Map<String, Object>>) back).stream().map(b -> new SentBack(
                LOCAL.format(java.time.Instant.parse(String.valueOf(b.get("at")))), String.valueOf(b.get("comment")))).toList();
    }

    /** CAP status: Actual, or Exercise / Test for a drill. */
    public String capStatus() {
        Object status = content().get("capStatus");
        return status == null ? "Actual" : (String) status;
    }

    public boolean drill() {
        return !"Actual".equals(capStatus());
    }

    public boolean editable() {
        return List.of("DRAFT", "IN_REVIEW", "APPROVED").contains(status());
    }

    /** The whole draft again (PUT replaces it), with one language's text changed or, if empty, removed. */
    Map<String, Object> withText(String language, TextForm text) {
        Map<String, Object> draft = new LinkedHashMap<>(content());
        Map<String, Object> texts = new LinkedHashMap<>(texts());
        if (text.isEmpty()) {
            texts.remove(language);
        } else {
            texts.put(language, text.json());
        }
        draft.put("texts", texts);
        return draft;
    }
}
