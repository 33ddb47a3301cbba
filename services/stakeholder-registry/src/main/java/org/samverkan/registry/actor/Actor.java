package org.samverkan.registry.actor;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who an opaque actor id stands for: the only place the registry links its events and audit entries to a person.
 * Erasing it leaves every event and entry in place, naming nobody.
 *
 * @param id      the actor id events and audit entries carry, a random UUID
 * @param subject the token subject
 * @param name    the login name from the token ({@code preferred_username}), or the subject without one
 */
@Document("actors")
public record Actor(@Id String id, String subject, String name, Instant firstSeenAt) {
}
