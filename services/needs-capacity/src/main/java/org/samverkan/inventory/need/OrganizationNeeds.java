package org.samverkan.inventory.need;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.samverkan.inventory.organization.OrganizationCopies;
import org.samverkan.inventory.organization.OrganizationCopy;
import org.samverkan.platform.web.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Needs seen from one organisation. Matching uses the inventory's copy of the organisation's reach: the store
 * gates on status and area overlap; languages and target groups are checked here, where "the need names none"
 * is simply an empty list. At most {@value #SCANNED} candidates are read, the same bound as staff's list.
 */
@Service
class OrganizationNeeds {
    static final int SCANNED = 1000;
    private static final Comparator<NeedView> MOST_URGENT = Comparator.comparing(NeedView::urgency).reversed()
            .thenComparing(NeedView::neededBy).thenComparing(NeedView::id);
    private final MongoTemplate mongo;
    private final OrganizationCopies organizations;

    OrganizationNeeds(MongoTemplate mongo, OrganizationCopies organizations) {
        this.mongo = mongo;
        this.organizations = organizations;
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }

    Page<NeedView> reportedBy(String organizationId, int page, int size) {
        Query query = Query.query(Criteria.where("reportedBy").is(organizationId));
        long total = mongo.count(query, Need.class);
        List<NeedView> items = mongo.find(query.with(Sort.by(Sort.Order.desc("changedAt"), Sort.Order.asc("_id")))
                .skip((long) page * size).limit(size), Need.class).stream().map(Need::view).toList();
        return new Page<>(items, page, size, total);
    }

    Page<MatchingNeed> matching(String organizationId, int page, int size) {
        OrganizationCopy organization = organizations.find(organizationId)
                .orElseThrow(() -> new NotFoundException("The inventory knows no organisation " + organizationId));
        OrganizationCopy.Reach reach = organization.reach();
        Query query = Query.query(Criteria.where("status").in(NeedStatus.OPEN, NeedStatus.PARTIALLY_MET)
                .and("areas").in(reach.areas()));
        List<NeedView> inReach = mongo.find(query.with(Sort.by("_id")).limit(SCANNED), Need.class).stream().map(Need::view)
                .filter(n -> reaches(reach.languages(), n.languages()) && reaches(reach.targetGroups(), n.targetGroups()))
                .sorted(MOST_URGENT).toList();
        List<MatchingNeed> items = inReach.stream().skip((long) page * size).limit(size).map(MatchingNeed::of).toList();
        return new Page<>(items, page, size, inReach.size());
    }

    private static boolean reaches(Collection<String> reached, Collection<String> needed) {
        return needed.isEmpty() || needed.stream().anyMatch(reached::contains);
    }
}
