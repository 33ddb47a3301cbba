package org.samverkan.registry.organization;

import java.time.Instant;

import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.registry.organization.OrganizationEvents.OrganizationRegistered;
import org.samverkan.registry.organization.OrganizationEvents.OrganizationSuspended;
import org.samverkan.registry.organization.OrganizationEvents.OrganizationVerified;
import org.springframework.data.mongodb.core.mapping.Document;

/** An organisation that can reach residents. Self-registration makes it pending until an administrator verifies it. */
@Document("organizations")
public class Organization extends AggregateRoot {
    private String name;
    private OrganizationKind kind;
    private String organizationNumber;
    private OrganizationStatus status;
    private String statusReason;
    private Instant registeredAt;

    Organization() {
    }

    static Organization register(String id, String name, OrganizationKind kind, String organizationNumber, Instant now) {
        Organization o = new Organization();
        o.id = id;
        o.name = name;
        o.kind = kind;
        o.organizationNumber = organizationNumber;
        o.status = OrganizationStatus.PENDING;
        o.registeredAt = now;
        o.raise(new OrganizationRegistered(id, name, kind, organizationNumber, o.status, now));
        return o;
    }

    void verify(Instant now) {
        if (status == OrganizationStatus.VERIFIED) {
            throw new ConflictException("Organisation " + id + " is already verified");
        }
        status = OrganizationStatus.VERIFIED;
        statusReason = null;
        raise(new OrganizationVerified(id, name, kind, organizationNumber, status, now));
    }

    void suspend(String reason, Instant now) {
        if (status == OrganizationStatus.SUSPENDED) {
            throw new ConflictException("Organisation " + id + " is already suspended");
        }
        status = OrganizationStatus.SUSPENDED;
        statusReason = reason;
        raise(new OrganizationSuspended(id, name, kind, organizationNumber, status, reason, now));
    }

    @Override
    protected String eventTopic() {
        return OrganizationEvents.TOPIC;
    }

    OrganizationView view() {
        return new OrganizationView(id, name, kind, organizationNumber, status, statusReason, registeredAt, version);
    }
}
