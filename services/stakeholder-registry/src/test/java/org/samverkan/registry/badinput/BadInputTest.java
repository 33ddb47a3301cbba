package org.samverkan.registry.badinput;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.registry.RegistryIntegrationBase;
import org.samverkan.platform.test.BadInputChecks;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Every operation in the registry's OpenAPI description, sent generated bad requests: all refused as 4xx problems, none written. */
class BadInputTest extends RegistryIntegrationBase {
    @Autowired
    MongoTemplate mongo;

    @Test
    void everyGeneratedBadRequestIsRefusedNamingTheFieldAndWritesNothing() {
        String token = TestTokens.token("bad-input", List.of("crisis-staff", "registry-admin"), null);
        BadInputChecks.assertEveryBadRequestRefused(port, token, mongo, "organizations", "contact_persons", "representatives");
    }
}
