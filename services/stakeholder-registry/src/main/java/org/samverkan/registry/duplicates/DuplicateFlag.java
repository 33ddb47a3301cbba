package org.samverkan.registry.duplicates;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Two organisations whose names look alike, for an administrator to look at before verifying: merge them or
 * dismiss the flag. The id is the ordered pair, so flagging the same pair twice changes nothing.
 */
@Document("duplicate_flags")
public record DuplicateFlag(@Id String id, String organizationId, String organizationName, String similarToId,
                            String similarToName, double similarity, Instant flaggedAt, boolean open) {

    static String pairId(String a, String b) {
        return a.compareTo(b) < 0 ? a + "~" + b : b + "~" + a;
    }
}
