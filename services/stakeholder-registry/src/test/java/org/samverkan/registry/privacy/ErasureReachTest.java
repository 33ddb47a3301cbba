package org.samverkan.registry.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryEvents;
import org.samverkan.registry.RegistryIntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Erasing a contact person reaches every copy because there is only one: after the erasure no collection of the
 * registry's store holds the person's name, e-mail or phone, and none was ever published, so no other service can
 * hold a copy made from an event (docs/privacy.md).
 */
class ErasureReachTest extends RegistryIntegrationBase {
    private static final String NAME = "Fatima Kopialös";
    private static final String EMAIL = "fatima.kopialos@example.se";
    private static final String PHONE = "070-987 65 43";
    private final String admin = TestTokens.role("registry-admin");
    @Autowired
    MongoTemplate mongo;

    @Test
    void afterErasureNoCollectionHoldsThePersonAndNoEventEverDid() {
        Response created = http().post("/api/organizations", null,
                "{\"name\": \"Alby islamiska församling\", \"kind\": \"FAITH_COMMUNITY\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String org = created.json().get("id").asString();
        Response added = http().post("/api/organizations/" + org + "/contact-persons", TestTokens.representative(org), """
                {"name": "%s", "role": "imam", "email": "%s", "phone": "%s", "preferredLanguage": "ar",
                 "consent": {"purpose": "kontakt vid kris"}}""".formatted(NAME, EMAIL, PHONE));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String person = added.json().get("id").asString();
        // the person's data is read, exported and moved along with the organisation's life before it is erased
        assertThat(http().get("/api/contact-persons/" + person + "/export", admin).body()).contains(EMAIL);
        assertThat(http().post("/api/organizations/" + org + "/verification", admin, null).status()).isLessThan(300);
        assertThat(holdingThePerson()).as("before erasure").isNotEmpty();

        assertThat(http().send("DELETE", "/api/contact-persons/" + person, admin, null, Map.of()).status()).isEqualTo(204);

        assertThat(holdingThePerson()).as("collections holding the person after erasure").isEmpty();
        RegistryEvents.await(org, 2);
        assertThat(RegistryEvents.allRaw()).noneMatch(e -> e.contains(NAME) || e.contains(EMAIL) || e.contains(PHONE));
    }

    /** Every collection of the registry's database with a document mentioning the person's name, e-mail or phone. */
    private List<String> holdingThePerson() {
        List<String> holding = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.findAll(Document.class, collection)) {
                String json = document.toJson();
                if (json.contains(NAME) || json.contains(EMAIL) || json.contains(PHONE)) {
                    holding.add(collection + " " + document.get("_id"));
                }
            }
        }
        return holding;
    }
}
