package org.samverkan.communications.translation;

import java.time.Instant;
import java.util.List;

import org.samverkan.communications.notice.NoticeText;

/** A translation request as the notice's editor shows it: each organisation asked, and what it sent. */
public record TranslationRequestView(String id, String noticeId, String language, Instant neededBy, Instant requestedAt,
                                     List<Answer> organizations, long version) {

    /**
     * @param proposal what the organisation sent, a draft beside the notice's texts (null until it has)
     * @param note     how the editor marks the proposal, in Swedish and English
     */
    public record Answer(String organizationId, String organizationName, TranslationRequest.Status status, Instant submittedAt,
                         NoticeText proposal, String note) {
        static Answer of(String organizationId, TranslationRequest.Asked a) {
            String name = a.organizationName() == null ? organizationId : a.organizationName();
            return new Answer(organizationId, name, a.status(), a.submittedAt(), a.proposal(),
                    a.proposal() == null ? null : "inskickad av " + name + ", ska granskas / submitted by " + name + ", to be reviewed");
        }
    }
}
