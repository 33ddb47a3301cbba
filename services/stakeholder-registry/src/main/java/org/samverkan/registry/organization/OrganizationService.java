package org.samverkan.registry.organization;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.registry.audit.AuditTrail;
import org.samverkan.registry.noticeaddress.NoticeAddressForwarder;
import org.springframework.stereotype.Service;

/** The organisation lifecycle. Every change is one aggregate write: state, events and its audit entry together. */
@Service
public class OrganizationService {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OrganizationService.class);
    private static final String COLLECTION = "organizations";
    private final AggregateStore store;
    private final Clock clock;
    private final ReachRules reachRules;
    private final OrganizationNumbers numbers;
    private final DuplicateCheck duplicates;
    private final AuditTrail audit;
    private final NoticeAddressForwarder noticeAddresses;

    OrganizationService(AggregateStore store, Clock clock, ReachRules reachRules, OrganizationNumbers numbers,
                        DuplicateCheck duplicates, AuditTrail audit, NoticeAddressForwarder noticeAddresses) {
        this.noticeAddresses = noticeAddresses;
        this.store = store;
        this.clock = clock;
        this.reachRules = reachRules;
        this.numbers = numbers;
        this.duplicates = duplicates;
        this.audit = audit;
    }

    /** The new organisation and the ids of the organisations with similar names it was flagged against. */
    public record Registration(OrganizationView organization, List<String> similarTo) {
    }

    public Registration register(RegisterOrganization command) {
        String number = null;
        if (OrganizationNumber.isPersonal(command.organizationNumber())) {
            throw new RuleViolationException("organizationNumber", "a personal identity number is not an organisation number "
                    + "(whose third digit is 2 or more); register without one if the group has none");
        }
        if (command.organizationNumber() != null && !command.organizationNumber().isBlank()) {
            number = OrganizationNumber.normalise(command.organizationNumber()).orElseThrow(() -> new RuleViolationException(
                    "organizationNumber", "not a valid Swedish organisation number (NNNNNN-NNNN with a correct check digit)"));
        }
        reachRules.require(command.reach());
        String id = UUID.randomUUID().toString();
        Organization organization = Organization.register(id, command, number, clock.instant());
        organization.recordAudit(audit.entry("REGISTERED", id, null, Map.of("kind", command.kind().name(), "status", "PENDING")));
        if (number != null) {
            numbers.claim(number, id);
        }
        try {
            store.save(organization);
        } catch (RuntimeException e) {
            if (number != null) {
                numbers.release(number, id);
            }
            throw e;
        }
        // The organisation exists from here on: what follows must not turn a saved registration into an error
        // (a retry would register it twice). The audit sweep and a later profile change catch up on failures.
        List<String> similarTo = List.of();
        try {
            audit.settle(COLLECTION, id);
            similarTo = flagSimilarNames(id, organization.name());
            noticeAddresses.forwardNow(id, command.noticeAddress());
        } catch (RuntimeException e) {
            log.warn("Organisation {} registered; forwarding its notice address, audit settling or duplicate flagging postponed: {}",
                    id, e.toString());
        }
        return new Registration(organization.view(), similarTo);
    }

    private List<String> flagSimilarNames(String id, String name) {
        List<String> similarTo = duplicates.flagSimilarNames(id, name);
        if (!similarTo.isEmpty()) {
            // The flags are their own documents, written just before; this entry follows them.
            audit.appendNow(audit.entry("FLAGGED_SIMILAR_NAME", id, null, Map.of("similarTo", similarTo)));
        }
        return similarTo;
    }

    public OrganizationView get(String id) {
        return load(id).view();
    }

    public OrganizationView changeProfile(String id, ChangeProfile change) {
        reachRules.require(change.reach());
        Organization organization = load(id);
        OrganizationView before = organization.view();
        organization.changeProfile(change, clock.instant());
        organization.recordAudit(audit.entry("PROFILE_CHANGED", id, null, Map.of("changed", changedFields(before, organization.view()))));
        OrganizationView after = store.save(organization).view();
        audit.settleAfterCommit(COLLECTION, id);
        if (!after.name().equals(before.name()) && after.status() == OrganizationStatus.PENDING) {
            // A rename before verification is checked like a registration, so no duplicate slips past the queue.
            flagSimilarNames(id, after.name());
        }
        return after;
    }

    public OrganizationView verify(String id) {
        Organization organization = load(id);
        organization.verify(clock.instant());
        return saved(organization, "VERIFIED", Map.of());
    }

    public OrganizationView suspend(String id, String reason) {
        Organization organization = load(id);
        organization.suspend(reason, clock.instant());
        return saved(organization, "SUSPENDED", Map.of("reason", reason));
    }

    public OrganizationView reinstate(String id, String reason) {
        Organization organization = load(id);
        organization.reinstate(clock.instant());
        return saved(organization, "REINSTATED", Map.of("reason", reason));
    }

    /**
     * The record merged away is marked first — its version check means two merges of one record cannot both win —
     * then the survivor absorbs its reach, contact points and, if it has none, its organisation number. Repeating a
     * half-done merge into the same survivor completes it; a record merged elsewhere is refused.
     */
    public OrganizationView merge(String survivorId, String mergedId) {
        if (survivorId.equals(mergedId)) {
            throw new RuleViolationException("mergedId", "an organisation cannot be merged into itself");
        }
        Organization survivor = load(survivorId);
        Organization merged = load(mergedId);
        // Every precondition before the first write: a survivor merged away itself would leave this record MERGED
        // into a record that cannot absorb it.
        if (!survivor.hasAbsorbed(mergedId)) {
            survivor.requireCanAbsorb();
        }
        if (!merged.isMergedInto(survivorId)) {
            merged.mergeInto(survivorId, clock.instant()); // refuses a record already merged into another
            saved(merged, "MERGED", Map.of("mergedInto", survivorId));
        }
        if (survivor.hasAbsorbed(mergedId)) {
            return survivor.view();
        }
        boolean takesNumber = survivor.organizationNumber() == null && merged.organizationNumber() != null;
        survivor.absorb(merged, clock.instant());
        OrganizationView result = saved(survivor, "ABSORBED", Map.of("mergedId", mergedId));
        if (takesNumber) {
            numbers.transfer(result.organizationNumber(), mergedId, survivorId);
        }
        return result;
    }

    private OrganizationView saved(Organization organization, String action, Map<String, Object> details) {
        organization.recordAudit(audit.entry(action, organization.getId(), null, details));
        OrganizationView view = store.save(organization).view();
        audit.settleAfterCommit(COLLECTION, view.id());
        return view;
    }

    private Organization load(String id) {
        return store.find(Organization.class, id).orElseThrow(() -> new NotFoundException("No organisation " + id));
    }

    private static List<String> changedFields(OrganizationView a, OrganizationView b) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(a.name(), b.name())) changed.add("name");
        if (!Objects.equals(a.description(), b.description())) changed.add("description");
        if (!Objects.equals(a.reach(), b.reach())) changed.add("reach");
        if (!Objects.equals(a.contactPoints(), b.contactPoints())) changed.add("contactPoints");
        return changed;
    }
}
