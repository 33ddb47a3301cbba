package org.samverkan.communications.feed;

import java.util.List;

import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.notice.NoticeView;

/**
 * Which of a notice's texts can be shown. Stored notices are not trusted to be valid (a draft could be saved with a
 * null text): a text without headline or body is shown nowhere, and linked from nowhere.
 */
final class Texts {
    private Texts() {
    }

    static boolean complete(NoticeText t) {
        return t != null && t.headline() != null && t.body() != null;
    }

    /** The languages with a text that can be shown, in the notice's order. */
    static List<String> shown(NoticeView n) {
        return n.content().texts().entrySet().stream().filter(e -> complete(e.getValue())).map(java.util.Map.Entry::getKey).toList();
    }
}
