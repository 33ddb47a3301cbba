package org.samverkan.communications.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.FieldProblem;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.platform.web.RuleViolationException;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.ReferenceData.Kind;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Acknowledgements and relay reports of deliveries, whether answered by signed link or from an account. */
@Service
class DeliveryService {
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final ReferenceData reference;
    private final Headlines headlines;
    private final Clock clock;

    DeliveryService(AggregateStore store, MongoTemplate mongo, ReferenceData reference, Headlines headlines, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.reference = reference;
        this.headlines = headlines;
        this.clock = clock;
    }

    DeliveryView acknowledge(String noticeId, String organizationId, String via) {
        Delivery delivery = load(noticeId, organizationId);
        if (delivery.acknowledge(via, clock.instant())) {
            store.save(delivery);
        }
        return headlines.view(delivery);
    }

    DeliveryView relay(String noticeId, String organizationId, Relay relay) {
        List<FieldProblem> problems = new ArrayList<>();
        problems.addAll(rename(reference.unknown(Kind.LANGUAGE, "language", List.of(relay.language())), "language"));
        problems.addAll(rename(reference.unknown(Kind.CHANNEL_KIND, "channel", List.of(relay.channel())), "channel"));
        problems.addAll(rename(reference.unknown(Kind.AREA, "area", List.of(relay.area())), "area"));
        if (!problems.isEmpty()) {
            throw new RuleViolationException("The relay report refers to unknown codes", problems);
        }
        for (int attempt = 0; ; attempt++) {
            Delivery delivery = load(noticeId, organizationId);
            if (!delivery.relayed(relay, clock.instant())) {
                return headlines.view(delivery);
            }
            try {
                return headlines.view(store.save(delivery));
            } catch (ConflictException raced) {
                if (attempt >= 5) {
                    throw raced;
                }
            }
        }
    }

    /** One delivery as its link page shows it; 404 if the notice was not delivered to the organisation. */
    DeliveryView find(String noticeId, String organizationId) {
        return headlines.view(load(noticeId, organizationId));
    }

    List<DeliveryView> ofNotice(String noticeId) {
        return headlines.views(mongo.find(Query.query(Criteria.where("noticeId").is(noticeId)).with(Sort.by("_id")), Delivery.class));
    }

    List<DeliveryView> ofOrganization(String organizationId) {
        return headlines.views(mongo.find(Query.query(Criteria.where("organizationId").is(organizationId)).with(Sort.by("_id")),
                Delivery.class));
    }

    private Delivery load(String noticeId, String organizationId) {
        return store.find(Delivery.class, Delivery.id(noticeId, organizationId)).orElseThrow(() ->
                new NotFoundException("Notice " + noticeId + " was not delivered to organisation " + organizationId));
    }

    private static List<FieldProblem> rename(List<FieldProblem> problems, String field) {
        return problems.stream().map(p -> new FieldProblem(field, p.message())).toList();
    }
}
