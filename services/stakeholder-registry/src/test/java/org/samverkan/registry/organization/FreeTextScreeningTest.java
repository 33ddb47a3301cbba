package org.samverkan.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.samverkan.registry.RegistryIntegrationBase;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** A description or a suspension reason travels in every registry event: no personal identifiers or contact details. */
class FreeTextScreeningTest extends RegistryIntegrationBase {
    @Autowired
    MongoTemplate mongo;

    @Test
    void aDescriptionWithAPhoneNumberOrAPersonalIdentityNumberIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = mongo.count(new Query(), "organizations");
        for (String description : new String[] {"Ordförande nås på 070-1234567", "Kassör 811218/9876", "info: kassor@example.se"}) {
            Response refused = http().post("/api/organizations", null,
                    "{\"name\": \"Masmo läxhjälp\", \"kind\": \"ASSOCIATION\", \"description\": \"" + description + "\"}");
            assertThat(refused.status()).as(refused.body()).isEqualTo(422);
            assertThat(refused.isProblem()).isTrue();
            assertThat(errorFields(refused)).containsExactly("description");
        }
        assertThat(mongo.count(new Query(), "organizations")).isEqualTo(before);
    }

    @Test
    void aSuspensionReasonWithAnAddressIsRefusedAndTheStatusStays() {
        Response created = http().post("/api/organizations", null, "{\"name\": \"Segeltorps scouter\", \"kind\": \"ASSOCIATION\"}");
        String id = created.json().get("id").asString();
        String admin = TestTokens.role("registry-admin");
        Response refused = http().post("/api/organizations/" + id + "/suspension", admin,
                "{\"reason\": \"Anmälan från granne@example.se\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(errorFields(refused)).containsExactly("reason");
        assertThat(http().get("/api/organizations/" + id, admin).json().get("status").asString()).isEqualTo("PENDING");
    }
}
