package org.samverkan.registry.representatives;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person who represents an organisation, signing in with their account at the identity provider. Personal data:
 * kept only in this collection and the provider, never in events, audit entries or logs; erasure is a delete.
 * The id follows from organisation and e-mail, so inviting the same person twice is one representative.
 */
@Document(Representatives.COLLECTION)
record Representative(@Id String id, String organizationId, String email, String accountId, State state, Instant invitedAt) {

    /** INVITING until the provider has the account; INVITED once it has it and sent the e-mail. */
    enum State { INVITING, INVITED }

    View view() {
        return new View(id, email, state, invitedAt);
    }

    /** What the organisation's representatives and administrators see. */
    record View(String id, String email, State state, Instant invitedAt) {
    }
}
