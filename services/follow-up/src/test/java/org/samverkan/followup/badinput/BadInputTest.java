package org.samverkan.followup.badinput;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.platform.test.BadInputChecks;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Every operation in follow-up's OpenAPI description, sent generated bad requests: all refused as 4xx problems, none written. */
class BadInputTest extends FollowUpIntegrationBase {
    @Autowired
    MongoTemplate mongo;

    @Test
    void everyGeneratedBadRequestIsRefusedNamingTheFieldAndWritesNothing() {
        String token = TestTokens.token("bad-input", List.of("crisis-staff", "equality-lead", "communications-officer"), null);
        BadInputChecks.assertEveryBadRequestRefused(port, token, mongo, "observations", "reports", "rumours", "measures");
    }
}
