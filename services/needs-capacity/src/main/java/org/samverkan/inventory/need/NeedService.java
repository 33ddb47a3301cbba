package org.samverkan.inventory.need;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.samverkan.inventory.Roles;
import org.samverkan.inventory.codes.CodeChecks;
import org.samverkan.platform.outbox.AggregateStore;
import org.samverkan.platform.security.CurrentUser;
import org.samverkan.platform.web.ConflictException;
import org.samverkan.platform.web.ForbiddenException;
import org.samverkan.platform.web.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Staff raise, confirm, change and close needs; a representative may report one for staff to confirm. */
@Service
public class NeedService {
    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final CodeChecks codes;
    private final Clock clock;

    NeedService(AggregateStore store, MongoTemplate mongo, CodeChecks codes, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.codes = codes;
        this.clock = clock;
    }

    NeedView raise(CurrentUser user, NeedDetails details) {
        String reportedBy = null;
        if (!user.has(Roles.CRISIS_STAFF)) {
            reportedBy = user.party().filter(user::represents).orElseThrow(() ->
                    new ForbiddenException("Only crisis staff raise needs; representatives may report one for their organisation"));
        }
        check(details);
        return store.save(Need.create(UUID.randomUUID().toString(), details, reportedBy, clock.instant())).view();
    }

    /**
     * A need another service's event asks for, under an id that event names: raising it again (a redelivery, a
     * replay) changes nothing. Open at once: it was asked by the municipality's own staff in that service.
     *
     * @return true if the need was raised now
     */
    public boolean raiseOnce(String id, NeedDetails details) {
        if (store.find(Need.class, id).isPresent()) {
            return false;
        }
        try {
            store.save(Need.create(id, details, null, clock.instant()));
            return true;
        } catch (ConflictException raced) {
            return false;
        }
    }

    NeedView confirm(String id) {
        Need need = load(id);
        need.confirm(clock.instant());
        return store.save(need).view();
    }

    NeedView update(String id, NeedDetails details) {
        check(details);
        Need need = load(id);
        need.update(details, clock.instant());
        return store.save(need).view();
    }

    NeedView close(String id, String reason) {
        Need need = load(id);
        need.close(reason, clock.instant());
        return store.save(need).view();
    }

    /**
     * Records a commitment's delivered total on its need, retrying a lost version race; repeating it changes nothing.
     *
     * @return true if the need changed
     */
    public boolean recordDelivery(String needId, String commitmentId, int deliveredTotal) {
        for (int attempt = 0; ; attempt++) {
            Need need = load(needId);
            if (!need.recordDelivery(commitmentId, deliveredTotal, clock.instant())) {
                return false;
            }
            try {
                store.save(need);
                return true;
            } catch (ConflictException raced) {
                if (attempt >= 10) {
                    throw raced;
                }
            }
        }
    }

    public NeedView get(String id) {
        return load(id).view();
    }

    List<NeedView> list(NeedStatus status) {
        Query query = status == null ? new Query() : Query.query(Criteria.where("status").is(status));
        return mongo.find(query.with(Sort.by("_id")).limit(1000), Need.class).stream().map(Need::view).toList();
    }

    private void check(NeedDetails d) {
        codes.require(d.resourceType(), d.areas(), d.languages(), d.targetGroups());
    }

    private Need load(String id) {
        return store.find(Need.class, id).orElseThrow(() -> new NotFoundException("No need " + id));
    }
}
