package org.samverkan.registry.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.samverkan.platform.outbox.AggregateRoot;
import org.samverkan.registry.noticeaddress.NoticeAddress;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.registry.organization.OrganizationEvents.OrganizationMerged;
import org.samverkan.registry.organization.OrganizationEvents.OrganizationProfileChanged;
import org.samverkan.registry.organization.OrganizationEvents.OrganizationRegistered;
import org.samverkan.registry.organization.OrganizationEvents.OrganizationSuspended;
import org.samverkan.registry.organization.OrganizationEvents.OrganizationVerified;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organisation that can reach residents. Self-registration makes it pending until an administrator verifies it.
 * Besides its state the document keeps derived fields the queries need ({@code estimatedPeople} to sort,
 * {@code nameTokens} to find similar names), because the stand-in store cannot compute them in a query.
 */
@Document("organizations")
public class Organization extends AggregateRoot {
    private String name;
    private OrganizationKind kind;
    private String organizationNumber;
    private OrganizationStatus status;
    private String statusReason;
    private String description;
    private Reach reach = Reach.NONE;
    private List<ContactPoint> contactPoints = List.of();
    /** Given at registration, kept only until communications has it (NoticeAddressForwarder); never in an event or view. */
    private NoticeAddress noticeAddressToForward;
    private String mergedInto;
    private Instant registeredAt;
    private int estimatedPeople;
    private List<String> nameTokens = List.of();
    /** Records merged into this one, so repeating a half-done merge does not absorb twice. */
    private List<String> absorbed = List.of();
    /**
     * Who applied, to be invited as the first representative once verified. Personal data: never in the view, an
     * event or a log; cleared once the invitation is recorded with the representatives (or on erasure).
     */
    private String applicantEmail;

    Organization() {
    }

    static Organization register(String id, RegisterOrganization command, String number, Instant now, String actorId) {
        Organization o = new Organization();
        o.id = id;
        o.kind = command.kind();
        o.organizationNumber = number;
        o.status = OrganizationStatus.PENDING;
        o.registeredAt = now;
        o.applicantEmail = command.applicantEmail() == null || command.applicantEmail().isBlank()
                ? null : command.applicantEmail().strip();
        o.profile(command.name(), command.description(), command.reach(), command.contactPoints());
        o.noticeAddressToForward = command.noticeAddress() == null || command.noticeAddress().none() ? null : command.noticeAddress();
        o.raise(new OrganizationRegistered(id, o.name, o.kind, number, o.status, o.description, o.reach, now, actorId));
        return o;
    }

    void changeProfile(ChangeProfile change, Instant now, String actorId) {
        requireNotMerged();
        OrganizationView before = view();
        profile(change.name(), change.description(), change.reach(), change.contactPoints());
        raise(new OrganizationProfileChanged(id, name, kind, organizationNumber, status, description, reach, now,
                changedSince(before), null, actorId));
    }

    void verify(Instant now, String actorId) {
        verify(now, null, actorId);
    }

    private void verify(Instant now, String reinstatedBecause, String actorId) {
        requireNotMerged();
        if (status == OrganizationStatus.VERIFIED) {
            throw new ConflictException("Organisation " + id + " is already verified");
        }
        status = OrganizationStatus.VERIFIED;
        statusReason = null;
        raise(new OrganizationVerified(id, name, kind, organizationNumber, status, description, reach, now, reinstatedBecause, actorId));
    }

    void suspend(String reason, Instant now, String actorId) {
        requireNotMerged();
        if (status == OrganizationStatus.SUSPENDED) {
            throw new ConflictException("Organisation " + id + " is already suspended");
        }
        status = OrganizationStatus.SUSPENDED;
        statusReason = reason;
        raise(new OrganizationSuspended(id, name, kind, organizationNumber, status, description, reach, reason, now, actorId));
    }

    /** Reinstating a suspended organisation makes it verified again; published as OrganizationVerified. */
    void reinstate(String reason, Instant now, String actorId) {
        if (status != OrganizationStatus.SUSPENDED) {
            throw new ConflictException("Organisation " + id + " is not suspended");
        }
        verify(now, reason, actorId);
    }

    /** The survivor of a merge takes the union of both reaches and contact points. */
    boolean hasAbsorbed(String mergedId) {
        return absorbed.contains(mergedId);
    }

    boolean isMergedInto(String survivorId) {
        return status == OrganizationStatus.MERGED && survivorId.equals(mergedInto);
    }

    String organizationNumber() {
        return organizationNumber;
    }

    /** A survivor must itself be current; checked before the merge writes anything. */
    void requireCanAbsorb() {
        requireNotMerged();
    }

    void absorb(Organization merged, Instant now, String actorId) {
        requireNotMerged();
        OrganizationView before = view();
        absorbed = new ArrayList<>(absorbed);
        absorbed.add(merged.id);
        if (organizationNumber == null) {
            organizationNumber = merged.organizationNumber;
        }
        List<ContactPoint> points = new ArrayList<>(new LinkedHashSet<>(contactPoints));
        merged.contactPoints.stream().filter(p -> !points.contains(p)).forEach(points::add);
        profile(name, description == null ? merged.description : description, reach.union(merged.reach), points);
        raise(new OrganizationProfileChanged(id, name, kind, organizationNumber, status, description, reach, now,
                changedSince(before), merged.id, actorId));
    }

    void mergeInto(String survivorId, Instant now, String actorId) {
        requireNotMerged();
        status = OrganizationStatus.MERGED;
        mergedInto = survivorId;
        raise(new OrganizationMerged(id, name, kind, organizationNumber, status, description, reach, survivorId, now, actorId));
    }

    private void profile(String name, String description, Reach reach, List<ContactPoint> contactPoints) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.reach = reach == null ? Reach.NONE : reach;
        this.contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
        this.estimatedPeople = this.reach.estimatedPeople();
        this.nameTokens = NameNormaliser.tokens(this.name);
    }

    private void requireNotMerged() {
        if (status == OrganizationStatus.MERGED) {
            throw new ConflictException("Organisation " + id + " was merged into " + mergedInto + "; change that one instead");
        }
    }

    /** The profile fields that differ from before, by name: the change's summary in its event (and audit entry). */
    private List<String> changedSince(OrganizationView before) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.name(), name)) changed.add("name");
        if (!Objects.equals(before.description(), description)) changed.add("description");
        if (!Objects.equals(before.reach(), reach)) changed.add("reach");
        if (!Objects.equals(before.contactPoints(), contactPoints)) changed.add("contactPoints");
        return changed;
    }

    String applicantEmail() {
        return applicantEmail;
    }

    /** The applicant is invited (or erased): the address leaves the organisation's record. */
    void forgetApplicant() {
        applicantEmail = null;
    }

    @Override
    protected String eventTopic() {
        return OrganizationEvents.TOPIC;
    }

    public String name() {
        return name;
    }

    public OrganizationStatus status() {
        return status;
    }

    OrganizationView view() {
        return new OrganizationView(id, name, kind, organizationNumber, status, statusReason, description, reach,
                estimatedPeople, contactPoints, mergedInto, registeredAt, version);
    }
}
