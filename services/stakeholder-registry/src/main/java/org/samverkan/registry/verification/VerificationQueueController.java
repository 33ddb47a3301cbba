package org.samverkan.registry.verification;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.samverkan.registry.duplicates.DuplicateFlag;
import org.samverkan.registry.duplicates.SimilarNames;
import org.samverkan.registry.organization.Reach;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What waits for an administrator: pending organisations, oldest first, each with its open similar-name flags. */
@RestController
@PreAuthorize("hasRole('registry-admin')")
@Tag(name = "Verification")
class VerificationQueueController {
    private final MongoTemplate mongo;
    private final SimilarNames similarNames;

    VerificationQueueController(MongoTemplate mongo, SimilarNames similarNames) {
        this.mongo = mongo;
        this.similarNames = similarNames;
    }

    /** {@code description} and {@code reach} are what the administrator judges the organisation by. */
    record QueueItem(String id, String name, String kind, String organizationNumber, Object registeredAt,
                     String description, Reach reach, List<DuplicateFlag> possibleDuplicates) {
    }

    @Operation(summary = "Pending organisations with their possible duplicates, to look at before verifying")
    @GetMapping("/api/verification-queue")
    List<QueueItem> queue(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        Query pending = Query.query(Criteria.where("status").is("PENDING")).with(Sort.by("registeredAt")).limit(Math.clamp(limit, 1, 1000));
        pending.fields().include("name", "kind", "organizationNumber", "registeredAt", "description", "reach");
        List<Document> organizations = mongo.find(pending, Document.class, "organizations");
        List<DuplicateFlag> flags = similarNames.openFlags(organizations.stream().map(d -> d.getString("_id")).toList());
        return organizations.stream().map(d -> new QueueItem(d.getString("_id"), d.getString("name"), d.getString("kind"),
                d.getString("organizationNumber"), d.get("registeredAt"), d.getString("description"), reach(d), flags.stream()
                .filter(f -> f.organizationId().equals(d.getString("_id")) || f.similarToId().equals(d.getString("_id"))).toList())).toList();
    }

    private Reach reach(Document organization) {
        return organization.get("reach") instanceof Document reach ? mongo.getConverter().read(Reach.class, reach) : Reach.NONE;
    }
}
