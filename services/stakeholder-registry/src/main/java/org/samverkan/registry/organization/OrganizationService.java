package org.samverkan.registry.organization;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.registry.actor.Actors;
import org.samverkan.registry.audit.AuditTrail;
import org.samverkan.registry.noticeaddress.NoticeAddressForwarder;
import org.springframework.stereotype.Service;

/**
 * The organisation lifecycle. Every change is one aggregate write, state and events together; each event names its
 * actor by opaque id, and the audit trail is built from the events (AuditTrailConsumer).
 */
@Service
public class OrganizationService {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(OrganizationService.class);
    private final AggregateStore store;
    private final Clock clock;
    private final ReachRules reachRules;
    private final OrganizationNumbers numbers;
    private final DuplicateCheck duplicates;
    private final Actors actors;
    private final AuditTrail audit;
    private final NoticeAddressForwarder noticeAddresses;

    OrganizationService(AggregateStore store, Clock clock, ReachRules reachRules, OrganizationNumbers numbers,
                        DuplicateCheck duplicates, Actors actors, AuditTrail audit,
                        NoticeAddressForwarder noticeAddresses) {
        this.noticeAddresses = noticeAddresses;
        this.store = store;
        this.clock = clock;
        this.reachRules = reachRules;
        this.numbers = numbers;
        this.duplicates = duplicates;
        this.actors = actors;
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
        Organization organization = Organization.register(id, command, number, clock.instant(), actors.current());
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
        // (a retry would register it twice).
        List<String> similarTo = List.of();
        try {
            similarTo = flagSimilarNames(id, organization.name());
            noticeAddresses.forwardNow(id, command.noticeAddress());
        } catch (RuntimeException e) {
            log.warn("Organisation {} registered; forwarding its notice address or duplicate flagging postponed: {}",
                    id, e.toString());
        }
        return new Registration(organization.view(), similarTo);
    }

    private List<String> flagSimilarNames(String id, String name) {
        List<String> similarTo = duplicates.flagSimilarNames(id, name);
        if (!similarTo.isEmpty()) {
            // The flags are their own documents with no event, written just before; this entry follows them, once
            // per name flagged.
            audit.appendOnce(audit.entry("flagged:" + id + ":" + String.join(" ", NameNormaliser.tokens(name)),
                    "FLAGGED_SIMILAR_NAME", id, null, Map.of("similarTo", similarTo)));
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
        organization.changeProfile(change, clock.instant(), actors.current());
        OrganizationView after = store.save(organization).view();
        if (!after.name().equals(before.name()) && after.status() == OrganizationStatus.PENDING) {
            // A rename before verification is checked like a registration, so no duplicate slips past the queue.
            flagSimilarNames(id, after.name());
        }
        return after;
    }

    public OrganizationView verify(String id) {
        Organization organization = load(id);
        organization.verify(clock.instant(), actors.current());
        return saved(organization);
    }

    public OrganizationView suspend(String id, String reason) {
        Organization organization = load(id);
        organization.suspend(reason, clock.instant(), actors.current());
        return saved(organization);
    }

    public OrganizationView reinstate(String id, String reason) {
        Organization organization = load(id);
        organization.reinstate(reason, clock.instant(), actors.current());
        return saved(organization);
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
            merged.mergeInto(survivorId, clock.instant(), actors.current()); // refuses a record already merged into another
            saved(merged);
        }
        if (survivor.hasAbsorbed(mergedId)) {
            return survivor.view();
        }
        boolean takesNumber = survivor.organizationNumber() == null && merged.organizationNumber() != null;
        survivor.absorb(merged, clock.instant(), actors.current());
        OrganizationView result = saved(survivor);
        if (takesNumber) {
            numbers.transfer(result.organizationNumber(), mergedId, survivorId);
        }
        return result;
    }

    /** The applicant's e-mail while not yet invited (personal data: for the invitation and GDPR requests only). */
    public java.util.Optional<String> applicant(String id) {
        return java.util.Optional.ofNullable(load(id).applicantEmail());
    }

    /**
     * The applicant was invited, or erased: the address leaves the organisation's record. Guarded by the record's
     * revision like every change; raises no event (the address never was in one), so its audit entry is written
     * first, under the step's id, as for the other changes without an event.
     */
    public void forgetApplicant(String id, String action) {
        Organization organization = load(id);
        if (organization.applicantEmail() != null) {
            audit.appendOnce(audit.entry(action + ":" + id, action, id, null, Map.of()));
            organization.forgetApplicant();
            saved(organization);
        }
    }

    private OrganizationView saved(Organization organization) {
        return store.save(organization).view();
    }

    private Organization load(String id) {
        return store.find(Organization.class, id).orElseThrow(() -> new NotFoundException("No organisation " + id));
    }
}
