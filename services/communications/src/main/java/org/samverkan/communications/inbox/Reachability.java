package org.samverkan.communications.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.communications.organization.OrganizationCopy;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Which organisations a notice would go to, and which of them cannot be reached for want of an address: shown in the
 * editor before publishing, instead of a FAILED delivery afterwards. Asks the same question fan-out does.
 */
@Component
public class Reachability {
    private final OrganizationCopies organizations;
    private final MongoTemplate mongo;

    Reachability(OrganizationCopies organizations, MongoTemplate mongo) {
        this.organizations = organizations;
        this.mongo = mongo;
    }

    /** The recipients of a notice for these areas and groups, and those among them without a notice address. */
    public Recipients recipients(Collection<String> areas, Collection<String> groups) {
        List<OrganizationCopy> receiving = organizations.verifiedReaching(areas).stream()
                .filter(o -> o.receivesNoticesFor(areas, groups)).toList();
        Query query = Query.query(Criteria.where("_id").in(receiving.stream().map(OrganizationCopy::id).toList()));
        Set<String> addressed = mongo.find(query, Inbox.class).stream().filter(Inbox::hasAddress)
                .map(Inbox::organizationId).collect(Collectors.toSet());
        List<Unreachable> unreachable = receiving.stream().filter(o -> !addressed.contains(o.id()))
                .map(o -> new Unreachable(o.id(), o.name(), Unreachable.NO_ADDRESS)).toList();
        return new Recipients(receiving.size(), unreachable);
    }

    /** How many organisations would receive the notice, and those of them it cannot reach. */
    public record Recipients(int organizations, List<Unreachable> cannotBeReached) {
    }

    /** An organisation the notice cannot reach, and why ({@code no-address}: it has registered no notice address). */
    public record Unreachable(String organizationId, String name, String reason) {
        public static final String NO_ADDRESS = "no-address";
    }
}
