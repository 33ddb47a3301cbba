package org.samverkan.portal.publicnotices;

import java.util.List;
import java.util.Optional;

/**
 * A public notice as its CAP alert tells it: one text per language; a cancelled one is msgType Cancel with the
 * reason as note, a replaced one names its successor.
 */
record PublicNotice(String id, String msgType, String sent, String note, String replacedBy, List<Text> texts, String status) {

    record Text(String language, String event, String headline, String description, String instruction,
                String urgency, String severity, List<String> areas) {
    }

    public Optional<Text> in(String language) {
        return texts.stream().filter(t -> t.language().equals(language)).findFirst();
    }

    public List<String> languages() {
        return texts.stream().map(Text::language).toList();
    }

    public boolean cancelled() {
        return "Cancel".equals(msgType);
    }

    /** CAP status Exercise or Test: a drill, bannered on its page so nobody takes it for a real alert. */
    public boolean drill() {
        return "Exercise".equals(status) || "Test".equals(status);
    }

    public boolean replaced() {
        return replacedBy != null && !replacedBy.isBlank();
    }
}
