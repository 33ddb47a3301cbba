package org.samverkan.inventory.offer;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.samverkan.inventory.codes.CodeChecks;
import org.samverkan.inventory.organization.OrganizationCopies;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.platform.web.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Representatives manage their own organisation's offers; staff read them all. */
@Service
public class OfferService {
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final CodeChecks codes;
    private final OrganizationCopies organizations;
    private final Clock clock;

    OfferService(AggregateStore store, MongoTemplate mongo, CodeChecks codes, OrganizationCopies organizations, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.codes = codes;
        this.organizations = organizations;
        this.clock = clock;
    }

    OfferView register(CurrentUser user, OfferDetails details) {
        String organization = user.party().filter(user::represents)
                .orElseThrow(() -> new ForbiddenException("Only an organisation's representative can offer its capacity"));
        check(details);
        Offer offer = Offer.register(UUID.randomUUID().toString(), organization, details, clock.instant());
        return withCounts(store.save(offer).view());
    }

    OfferView update(CurrentUser user, String id, OfferDetails details) {
        Offer offer = owned(user, id);
        check(details);
        offer.update(details, clock.instant());
        return withCounts(store.save(offer).view());
    }

    OfferView withdraw(CurrentUser user, String id) {
        Offer offer = owned(user, id);
        offer.withdraw(clock.instant());
        return withCounts(store.save(offer).view());
    }

    public OfferView get(String id) {
        return withCounts(load(id).view());
    }

    List<OfferView> list(String organizationId) {
        Query query = organizationId == null ? new Query() : Query.query(Criteria.where("organizationId").is(organizationId));
        return mongo.find(query.with(Sort.by("_id")).limit(1000), Offer.class).stream().map(o -> withCounts(o.view())).toList();
    }

    private void check(OfferDetails d) {
        codes.require(d.resourceType(), d.areas(), d.languages(), d.targetGroups());
    }

    private Offer owned(CurrentUser user, String id) {
        Offer offer = load(id);
        if (!user.represents(offer.organizationId())) {
            throw new ForbiddenException("Only the offering organisation's representatives can change offer " + id);
        }
        return offer;
    }

    Offer load(String id) {
        return store.find(Offer.class, id).orElseThrow(() -> new NotFoundException("No offer " + id));
    }

    private OfferView withCounts(OfferView view) {
        return view.counting(organizations.find(view.organizationId()).map(o -> o.capacityCounts()).orElse(false));
    }
}
