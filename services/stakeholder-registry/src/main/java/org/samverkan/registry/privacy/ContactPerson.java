package org.samverkan.registry.privacy;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person the municipality may contact on an organisation's behalf. Personal data: kept only in this collection,
 * never in events, audit entries or logs, so erasure is one delete.
 */
@Document(ContactPersons.COLLECTION)
public record ContactPerson(@Id String id, String organizationId, String name, String role, String email, String phone,
                            String preferredLanguage, Consent consent, Instant createdAt) {

    /** What the person agreed to and when; a withdrawal takes them off every list. */
    public record Consent(Instant givenAt, String purpose, Instant withdrawnAt) {
        boolean active() {
            return withdrawnAt == null;
        }
    }
}
