package org.samverkan.inventory.offer;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Offers that hold reservations, for the repair sweep (a collection scan on the stand-in: run on demand only). */
@Component
public class ReservationHolders {
    private final MongoTemplate mongo;

    ReservationHolders(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<Offer> all() {
        return mongo.find(Query.query(Criteria.where("committed").gt(0)), Offer.class);
    }
}
