package org.samverkan.communications.badinput;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.platform.test.BadInputChecks;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Every operation in communications's OpenAPI description, sent generated bad requests: all refused as 4xx problems, none written. */
class BadInputTest extends CommunicationsIntegrationBase {
    @Autowired
    MongoTemplate mongo;

    @Test
    void everyGeneratedBadRequestIsRefusedNamingTheFieldAndWritesNothing() {
        String token = TestTokens.token("bad-input", List.of("crisis-staff", "communications-officer", "equality-lead"), null);
        BadInputChecks.assertEveryBadRequestRefused(port, token, mongo, "notices", "inboxes", "situation_updates", "incidents",
                "translation_requests");
    }
}
