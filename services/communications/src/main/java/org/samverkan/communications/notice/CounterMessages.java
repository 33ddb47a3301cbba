package org.samverkan.communications.notice;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.samverkan.platform.web.ConflictException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.springframework.stereotype.Component;

/**
 * Drafts a counter-message for a rumour. The notice id is derived from the rumour id, so a repeated request creates
 * nothing twice. Codes this municipality does not know are left out rather than failing the request; with no known
 * area the draft targets the whole municipality, and an officer narrows it before review.
 */
@Component
public class CounterMessages {
    private final NoticeService notices;
    private final ReferenceData reference;

    CounterMessages(NoticeService notices, ReferenceData reference) {
        this.notices = notices;
        this.reference = reference;
    }

    public static String noticeId(String rumourId) {
        return "counter-" + rumourId;
    }

    /** @return false if the rumour already has its draft */
    public boolean draft(String rumourId, String summary, List<String> areas, List<String> groups, List<String> languages) {
        List<String> known = known(Kind.AREA, areas);
        NoticeText text = new NoticeText("Motmeddelande (utkast)", "Utkast till motmeddelande. Det ska bemöta: " + summary.strip(), null);
        NoticeDraft draft = new NoticeDraft("Rykte " + rumourId, Cap.Category.Other, Cap.Urgency.Unknown, Cap.Severity.Unknown,
                Cap.Certainty.Unknown, known.isEmpty() ? reference.areas().stream().map(a -> a.code()).toList() : known,
                known(Kind.TARGET_GROUP, groups), "sv", Map.of("sv", text), List.of(), null, null);
        try {
            notices.draft(draft, "followup", rumourId, noticeId(rumourId), known(Kind.LANGUAGE, languages));
            return true;
        } catch (ConflictException alreadyDrafted) {
            return false;
        }
    }

    private List<String> known(Kind kind, Collection<String> codes) {
        return codes == null ? List.of() : codes.stream().filter(c -> c != null && reference.knows(kind, c)).distinct().toList();
    }
}
