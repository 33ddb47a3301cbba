package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.endtoend.InProcessServices.json;
import static org.samverkan.endtoend.InProcessServices.ok;

import java.util.LinkedHashMap;
import java.util.Map;

import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestTokens;
import tools.jackson.databind.JsonNode;

/** Takes a draft notice through communications' review to publication, as officers and an equality lead do. */
final class NoticeReview {
    private static final String OFFICER = TestTokens.role("communications-officer");
    private static final String EQUALITY_LEAD = TestTokens.role("equality-lead");

    private NoticeReview() {
    }

    /**
     * Submit, review (justifying the required languages the draft lacks, as an equality lead may) and publish.
     *
     * @param draft the draft as communications returns it: the notice and its language check
     */
    static void publish(TestHttp communications, String noticeId, JsonNode draft) {
        ok(communications.post("/api/notices/" + noticeId + "/submission", OFFICER, null));
        Map<String, String> justifications = new LinkedHashMap<>();
        draft.get("languages").get("missing")
                .forEach(language -> justifications.put(language.asString(), "Föreningarna för informationen vidare muntligt"));
        ok(communications.post("/api/notices/" + noticeId + "/review", EQUALITY_LEAD, json(Map.of(
                "checklist", Map.of("languages", true, "easyRead", true, "accessibleFormats", true, "groupsReached", true),
                "justifications", justifications))));
        JsonNode published = ok(communications.post("/api/notices/" + noticeId + "/publication", OFFICER, null));
        assertThat(published.get("notice").get("status").asString()).isEqualTo("PUBLISHED");
    }
}
