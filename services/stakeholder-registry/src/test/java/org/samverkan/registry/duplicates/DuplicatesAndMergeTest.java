package org.samverkan.registry.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryEvents;
import org.samverkan.registry.RegistryIntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

class DuplicatesAndMergeTest extends RegistryIntegrationBase {
    private final String admin = TestTokens.role("registry-admin");
    @Autowired
    MongoTemplate mongo;

    @Test
    void theSameOrganisationNumberIsRefusedWith409NamingTheFieldAndNothingIsWritten() {
        Response first = http().post("/api/organizations", null,
                "{\"name\": \"Huddinge schackklubb\", \"kind\": \"ASSOCIATION\", \"organizationNumber\": \"802477-0011\"}");
        assertThat(first.status()).isEqualTo(201);
        long before = mongo.count(new Query(), "organizations");
        Response second = http().post("/api/organizations", null,
                "{\"name\": \"Schackklubben i Huddinge\", \"kind\": \"ASSOCIATION\", \"organizationNumber\": \"8024770011\"}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.isProblem()).isTrue();
        assertThat(errorFields(second)).containsExactly("organizationNumber");
        assertThat(second.json().get("detail").asString()).contains("already registered")
                .as("an anonymous caller does not learn who holds the number").doesNotContain(first.json().get("id").asString());
        assertThat(second.body()).doesNotContain(first.json().get("id").asString());
        assertThat(mongo.count(new Query(), "organizations")).isEqualTo(before);
        assertThat(mongo.count(Query.query(Criteria.where("organizationNumber").is("802477-0011")), "organizations")).isEqualTo(1);
    }

    @Test
    void aSimilarNameIsFlaggedInTheVerificationQueueBeforeVerification() {
        String first = register("Föreningen Eritreanska Kvinnor i Masmo", "{\"areas\": [\"masmo\"]}");
        String second = register("Eritreanska kvinnoföreningen Masmo", "{\"areas\": [\"masmo\"]}");
        Response queue = http().get("/api/verification-queue?limit=1000", admin);
        assertThat(queue.status()).isEqualTo(200);
        JsonNode item = find(queue.json(), second);
        assertThat(item.get("possibleDuplicates").get(0).get("similarToId").asString()).isEqualTo(first);
        assertThat(item.get("possibleDuplicates").get(0).get("similarity").asDouble()).isEqualTo(1.0);
        assertThat(find(queue.json(), first).get("possibleDuplicates")).hasSize(1);
        assertThat(item.get("reach").get("areas").get(0).asString()).as("the administrator judges by reach").isEqualTo("masmo");
        assertThat(http().get("/api/verification-queue", TestTokens.role("crisis-staff")).status()).isEqualTo(403);

        String flag = item.get("possibleDuplicates").get(0).get("id").asString();
        assertThat(http().post("/api/duplicate-flags/" + flag + "/dismissal", admin, null).status()).isEqualTo(204);
        assertThat(find(http().get("/api/verification-queue?limit=1000", admin).json(), second).get("possibleDuplicates")).isEmpty();
    }

    @Test
    void mergingKeepsTheUnionOfReachAndMarksTheOtherRecordMerged() {
        String survivor = register("Vårby Somaliska Förening", """
                {"areas": ["varby"], "languages": ["so"], "targetGroups": ["women"], "channels": [{"kind": "sms", "estimatedReach": 50}]}""");
        String merged = register("Somaliska föreningen i Vårby", """
                {"areas": ["varby", "masmo"], "languages": ["so", "sv"], "targetGroups": ["older-people"],
                 "channels": [{"kind": "sms", "estimatedReach": 80}, {"kind": "in-person", "estimatedReach": 20}]}""");
        Response contact = http().post("/api/organizations/" + merged + "/contact-persons", admin, """
                {"name": "Hodan Merge-Testsson", "consent": {"purpose": "crisis contact"}}""");
        assertThat(contact.status()).isEqualTo(201);

        Response result = http().post("/api/organizations/" + survivor + "/merge", admin, "{\"mergedId\": \"" + merged + "\"}");
        assertThat(result.status()).isEqualTo(200);
        JsonNode reach = result.json().get("reach");
        assertThat(reach.get("areas").toString()).isEqualTo("[\"varby\",\"masmo\"]");
        assertThat(reach.get("languages").toString()).isEqualTo("[\"so\",\"sv\"]");
        assertThat(reach.get("targetGroups").toString()).isEqualTo("[\"women\",\"older-people\"]");
        assertThat(result.json().get("estimatedPeopleReached").asInt()).as("sms keeps the larger estimate, 80 + 20").isEqualTo(100);

        Response gone = http().get("/api/organizations/" + merged, admin);
        assertThat(gone.json().get("status").asString()).isEqualTo("MERGED");
        assertThat(gone.json().get("mergedInto").asString()).isEqualTo(survivor);
        RegistryEvents.Event mergedEvent = RegistryEvents.await(merged, 2).get(1);
        assertThat(mergedEvent.type()).isEqualTo("org.samverkan.registry.OrganizationMerged");
        assertThat(mergedEvent.data().get("mergedInto").asString()).isEqualTo(survivor);
        assertThat(mergedEvent.data().get("status").asString()).isEqualTo("MERGED");
        RegistryEvents.Event survivorEvent = RegistryEvents.await(survivor, 2).get(1);
        assertThat(survivorEvent.type()).isEqualTo("org.samverkan.registry.OrganizationProfileChanged");
        assertThat(survivorEvent.data().get("reach").get("areas")).hasSize(2);

        Response contacts = http().get("/api/organizations/" + survivor + "/contact-persons", admin);
        assertThat(contacts.json()).hasSize(1);
        assertThat(http().post("/api/organizations/" + merged + "/verification", admin, null).status())
                .as("a merged record cannot change any more").isEqualTo(409);
        assertThat(http().post("/api/organizations/" + survivor + "/merge", admin, "{\"mergedId\": \"" + survivor + "\"}").status())
                .isEqualTo(422);
        assertThat(http().post("/api/organizations/" + survivor + "/merge", TestTokens.representative(survivor),
                "{\"mergedId\": \"" + merged + "\"}").status()).isEqualTo(403);
    }

    @Test
    void repeatingAMergeCompletesItAndARecordMergedElsewhereIsRefused() {
        String survivor = register("Masmo kvinnoråd", "{\"areas\": [\"masmo\"]}");
        String merged = registerNumbered("Kvinnorådet i Masmo", "802499-0114");
        String other = register("Masmo fritidsförening", "{\"areas\": [\"masmo\"]}");
        String merge = "{\"mergedId\": \"" + merged + "\"}";
        assertThat(http().post("/api/organizations/" + survivor + "/merge", admin, merge).status()).isEqualTo(200);
        Response again = http().post("/api/organizations/" + survivor + "/merge", admin, merge);
        assertThat(again.status()).as("a repeated (or half-done) merge completes, it does not fail").isEqualTo(200);
        assertThat(again.json().get("organizationNumber").asString())
                .as("the survivor had no number and takes the merged record's").isEqualTo("802499-0114");
        assertThat(http().post("/api/organizations/" + other + "/merge", admin, merge).status())
                .as("a record already merged into another survivor").isEqualTo(409);
        Response sameNumber = http().post("/api/organizations", null,
                "{\"name\": \"Ny förening\", \"kind\": \"ASSOCIATION\", \"organizationNumber\": \"802499-0114\"}");
        assertThat(sameNumber.status()).isEqualTo(409);
        assertThat(mongo.findById("802499-0114", org.bson.Document.class, "organization_numbers").getString("organizationId"))
                .as("the claim moved to the survivor").isEqualTo(survivor);
    }

    @Test
    void mergingIntoASurvivorThatWasItselfMergedIsRefusedBeforeAnythingIsWritten() {
        String target = register("Fullersta hembygdsgille", "{\"areas\": [\"sjodalen-fullersta\"]}");
        String mergedAway = register("Hembygdsgillet Fullersta", "{\"areas\": [\"sjodalen-fullersta\"]}");
        String third = register("Fullersta gille för hembygd", "{\"areas\": [\"sjodalen-fullersta\"]}");
        assertThat(http().post("/api/organizations/" + target + "/merge", admin, "{\"mergedId\": \"" + mergedAway + "\"}").status())
                .isEqualTo(200);

        Response refused = http().post("/api/organizations/" + mergedAway + "/merge", admin, "{\"mergedId\": \"" + third + "\"}");

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        Response untouched = http().get("/api/organizations/" + third, admin);
        assertThat(untouched.json().get("status").asString()).as("not merged into a record that cannot absorb it").isEqualTo("PENDING");
        JsonNode mergedInto = untouched.json().get("mergedInto");
        assertThat(mergedInto == null || mergedInto.isNull()).as("mergedInto " + mergedInto).isTrue();
    }

    /** A claim left by a crash between claiming the number and saving the organisation does not block the number. */
    @Test
    void aClaimWhoseOrganisationWasNeverSavedIsTakenOver() {
        mongo.insert(new org.bson.Document("_id", "802499-0122").append("organizationId", "never-saved"), "organization_numbers");
        assertThat(registerNumbered("Trångsunds sjöscouter", "802499-0122")).isNotBlank();
    }

    private String registerNumbered(String name, String number) {
        Response created = http().post("/api/organizations", null,
                "{\"name\": \"" + name + "\", \"kind\": \"ASSOCIATION\", \"organizationNumber\": \"" + number + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private String register(String name, String reach) {
        Response created = http().post("/api/organizations", null,
                "{\"name\": \"" + name + "\", \"kind\": \"ASSOCIATION\", \"reach\": " + reach + "}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static JsonNode find(JsonNode queue, String id) {
        List<JsonNode> items = new ArrayList<>();
        queue.forEach(items::add);
        return items.stream().filter(i -> i.get("id").asString().equals(id)).findFirst().orElseThrow();
    }
}
