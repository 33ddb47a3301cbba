package org.samverkan.registry.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryEvents;
import org.samverkan.registry.RegistryIntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

class ContactPersonPrivacyTest extends RegistryIntegrationBase {
    private final String admin = TestTokens.role("registry-admin");
    @Autowired
    MongoTemplate mongo;

    @Test
    void anErasedContactPersonIsGoneFromTheApiTheStoreAndEveryExport() {
        String org = register("Flemingsbergs somaliska seniorer");
        String person = addContact(org, "Amina Erasesdottir", "amina.erase@example.se");
        assertThat(http().get("/api/contact-persons/" + person + "/export", admin).body()).contains("Amina Erasesdottir");
        assertThat(http().get("/api/contact-persons/export", admin).body()).contains("amina.erase@example.se");

        Response erased = http().send("DELETE", "/api/contact-persons/" + person, admin, null, Map.of());
        assertThat(erased.status()).isEqualTo(204);

        assertThat(http().get("/api/contact-persons/" + person + "/export", admin).status()).isEqualTo(404);
        assertThat(http().get("/api/organizations/" + org + "/contact-persons", TestTokens.representative(org)).body())
                .doesNotContain("Amina").doesNotContain(person);
        assertThat(http().get("/api/contact-persons/export", admin).body()).doesNotContain("amina.erase@example.se");
        assertThat(mongo.findById(person, Document.class, "contact_persons")).isNull();
        assertThat(mongo.count(Query.query(Criteria.where("name").is("Amina Erasesdottir")), "contact_persons")).isZero();

        Response audit = http().get("/api/audit?contactPersonId=" + person, admin);
        assertThat(audit.body()).contains("CONTACT_PERSON_ERASED").contains("CONTACT_PERSON_ADDED")
                .doesNotContain("Amina").doesNotContain("amina.erase@example.se");
        assertThat(mongo.findAll(Document.class, "audit").toString()).doesNotContain("Amina").doesNotContain("amina.erase");
    }

    @Test
    void withdrawnConsentRemovesThePersonFromEveryList() {
        String org = register("Visättra kvinnoförening");
        String stays = addContact(org, "Saba Stannar", "saba@example.se");
        String leaves = addContact(org, "Leyla Lämnar", "leyla@example.se");
        Response withdrawn = http().post("/api/organizations/" + org + "/contact-persons/" + leaves + "/consent-withdrawal",
                TestTokens.representative(org), null);
        assertThat(withdrawn.status()).isEqualTo(204);

        String list = http().get("/api/organizations/" + org + "/contact-persons", admin).body();
        assertThat(list).contains(stays).doesNotContain(leaves).doesNotContain("Leyla");
        assertThat(http().get("/api/contact-persons/export", admin).body()).contains("Saba Stannar").doesNotContain("Leyla");
    }

    @Test
    void contactPersonsNeverAppearInEventsOrTheAuditTrail() {
        String org = register("Masmo arabiska kulturförening");
        addContact(org, "Yusuf Eventfri", "yusuf.eventfri@example.se");
        http().post("/api/organizations/" + org + "/verification", admin, null);
        RegistryEvents.await(org, 2);
        assertThat(RegistryEvents.allRaw()).noneMatch(e -> e.contains("Yusuf") || e.contains("yusuf.eventfri@example.se")
                || e.contains("070-111"));
        assertThat(http().get("/api/audit?organizationId=" + org, admin).body()).doesNotContain("Yusuf").doesNotContain("yusuf.eventfri");
    }

    @Test
    void onlyTheOwnRepresentativeOrAnAdministratorSeesContactPersons() {
        String org = register("Trångsunds syjunta");
        String other = register("Trångsunds båtklubb");
        addContact(org, "Karin Privat", "karin@example.se");
        assertThat(http().get("/api/organizations/" + org + "/contact-persons", TestTokens.representative(other)).status()).isEqualTo(403);
        assertThat(http().get("/api/organizations/" + org + "/contact-persons", TestTokens.role("crisis-staff")).status()).isEqualTo(403);
        assertThat(http().get("/api/contact-persons/export", TestTokens.representative(org)).status()).isEqualTo(403);
        Response addToOther = http().post("/api/organizations/" + org + "/contact-persons", TestTokens.representative(other),
                "{\"name\": \"Intrång\", \"consent\": {\"purpose\": \"x\"}}");
        assertThat(addToOther.status()).isEqualTo(403);
        assertThat(mongo.count(Query.query(Criteria.where("name").is("Intrång")), "contact_persons")).isZero();
    }

    @Test
    void consentIsRequired() {
        String org = register("Segeltorps trädgårdsförening");
        Response refused = http().post("/api/organizations/" + org + "/contact-persons", TestTokens.representative(org),
                "{\"name\": \"Utan Samtycke\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(errorFields(refused)).containsExactly("consent");
    }

    private String addContact(String org, String name, String email) {
        Response added = http().post("/api/organizations/" + org + "/contact-persons", TestTokens.representative(org), """
                {"name": "%s", "role": "ordförande", "email": "%s", "phone": "070-111 22 33", "preferredLanguage": "so",
                 "consent": {"purpose": "kontakt vid kris"}}""".formatted(name, email));
        assertThat(added.status()).isEqualTo(201);
        return added.json().get("id").asString();
    }

    private String register(String name) {
        Response created = http().post("/api/organizations", null, "{\"name\": \"" + name + "\", \"kind\": \"ASSOCIATION\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
