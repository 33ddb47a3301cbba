package org.samverkan.registry.noticeaddress;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.web.client.ResourceAccessException;

/** The address leaves the record only once communications has it, or has refused the address itself. */
class NoticeAddressForwarderTest {
    private static final NoticeAddress ADDRESS = new NoticeAddress("notiser@forening.example", null);
    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final CommunicationsInboxes inboxes = mock(CommunicationsInboxes.class);
    private final NoticeAddressForwarder forwarder = new NoticeAddressForwarder(mongo, inboxes);

    @Test
    void aForwardedAddressIsRemovedFromTheRecord() {
        forwarder.forwardNow("org-1", ADDRESS);

        verify(inboxes).forward("org-1", ADDRESS);
        verify(mongo).updateFirst(any(Query.class), any(Update.class), eq("organizations"));
    }

    @Test
    void whileCommunicationsDoesNotAnswerTheAddressStaysForTheNextRound() {
        doThrow(new ResourceAccessException("connection refused")).when(inboxes).forward("org-1", ADDRESS);

        forwarder.forwardNow("org-1", ADDRESS);

        verify(mongo, never()).updateFirst(any(Query.class), any(Update.class), eq("organizations"));
    }

    @Test
    void anAddressCommunicationsRefusesIsDroppedRatherThanRetriedForever() {
        doThrow(new CommunicationsInboxes.Refused(400)).when(inboxes).forward("org-1", ADDRESS);

        forwarder.forwardNow("org-1", ADDRESS);

        verify(mongo).updateFirst(any(Query.class), any(Update.class), eq("organizations"));
    }

    @Test
    void withoutCommunicationsConfiguredNothingIsSentAndNothingRemoved() {
        new NoticeAddressForwarder(mongo, null).forwardNow("org-1", ADDRESS);

        verify(mongo, never()).updateFirst(any(Query.class), any(Update.class), eq("organizations"));
    }
}
