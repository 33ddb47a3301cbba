package org.samverkan.registry.organization;

import java.time.Clock;
import java.util.UUID;

import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.springframework.stereotype.Service;

@Service
public class OrganizationService {
    private final AggregateStore store;
    private final Clock clock;

    OrganizationService(AggregateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    OrganizationView register(RegisterOrganization command) {
        String number = null;
        if (command.organizationNumber() != null && !command.organizationNumber().isBlank()) {
            number = OrganizationNumber.normalise(command.organizationNumber()).orElseThrow(() -> new RuleViolationException(
                    "organizationNumber", "not a valid Swedish organisation number (NNNNNN-NNNN with a correct check digit)"));
        }
        Organization organization = Organization.register(UUID.randomUUID().toString(), command.name().strip(),
                command.kind(), number, clock.instant());
        return store.save(organization).view();
    }

    public OrganizationView get(String id) {
        return load(id).view();
    }

    public OrganizationView verify(String id) {
        Organization organization = load(id);
        organization.verify(clock.instant());
        return store.save(organization).view();
    }

    public OrganizationView suspend(String id, String reason) {
        Organization organization = load(id);
        organization.suspend(reason, clock.instant());
        return store.save(organization).view();
    }

    private Organization load(String id) {
        return store.find(Organization.class, id).orElseThrow(() -> new NotFoundException("No organisation " + id));
    }
}
