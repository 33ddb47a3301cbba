package org.samverkan.bench;

import java.time.Instant;

import org.samverkan.platform.outbox.AggregateRoot;
import org.springframework.data.mongodb.core.mapping.Document;

/** A bench aggregate shaped like the registry's Organization: registering it raises one event. */
@Document(BenchApplication.AGGREGATES)
public class BenchAggregate extends AggregateRoot {
    private String name;
    private String kind;
    private String organizationNumber;
    private String status;
    private Instant registeredAt;

    BenchAggregate() {
    }

    static BenchAggregate register(String id, String name, String organizationNumber, Instant now, long phase, long savedAtNanos) {
        BenchAggregate a = new BenchAggregate();
        a.id = id;
        a.name = name;
        a.kind = "ASSOCIATION";
        a.organizationNumber = organizationNumber;
        a.status = "PENDING";
        a.registeredAt = now;
        a.raise(new BenchEvents.BenchItemRegistered(id, name, a.kind, organizationNumber, a.status, now, phase, savedAtNanos));
        return a;
    }

    @Override
    protected String eventTopic() {
        return BenchApplication.PIPELINE_TOPIC;
    }
}
