package org.samverkan.registry.noticeaddress;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryEvents;
import org.samverkan.registry.RegistryIntegrationBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The notice address given at registration: validated like communications' inbox, kept on the record only to be
 * forwarded (no communications is configured in these tests, so it waits there), and never in an event or a view.
 */
class NoticeAddressIntakeTest extends RegistryIntegrationBase {
    @Autowired
    MongoTemplate mongo;

    @Test
    void theAddressGivenAtRegistrationWaitsToBeForwardedAndStaysOutOfEventsAndViews() {
        Response created = http().post("/api/organizations", null, """
                {"name": "Kvinnojouren Vårby", "kind": "ASSOCIATION",
                 "noticeAddress": {"email": "notiser@kvinnojouren-varby.example", "sms": "+46701234599"}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        Document pending = mongo.findById(id, Document.class, "organizations").get(NoticeAddressForwarder.FIELD, Document.class);
        assertThat(pending.getString("email")).isEqualTo("notiser@kvinnojouren-varby.example");
        assertThat(pending.getString("sms")).isEqualTo("+46701234599");
        assertThat(created.body()).doesNotContain("kvinnojouren-varby.example", "+46701234599");
        Response read = http().get("/api/organizations/" + id, TestTokens.role("registry-admin"));
        assertThat(read.body()).doesNotContain("kvinnojouren-varby.example", "+46701234599");
        assertThat(RegistryEvents.await(id, 1)).allSatisfy(e ->
                assertThat(e.raw()).doesNotContain("kvinnojouren-varby.example", "+46701234599"));
    }

    @Test
    void aRegistrationWithoutAnAddressLeavesNothingToForward() {
        Response created = http().post("/api/organizations", null, """
                {"name": "Läxhjälpen Sjödalen", "kind": "ASSOCIATION", "noticeAddress": {"email": " ", "sms": ""}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(mongo.findById(created.json().get("id").asString(), Document.class, "organizations"))
                .doesNotContainKey(NoticeAddressForwarder.FIELD);
    }

    @Test
    void aNumberThatIsNotE164OrAMalformedEmailIsRefusedNamingTheField() {
        Response response = http().post("/api/organizations", null, """
                {"name": "Grannstöd Segeltorp", "kind": "ASSOCIATION",
                 "noticeAddress": {"email": "inte-en-adress", "sms": "070-123 45 67"}}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(errorFields(response)).containsExactlyInAnyOrder("noticeAddress.email", "noticeAddress.sms");
    }
}
