package org.samverkan.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryEvents;
import org.samverkan.registry.RegistryIntegrationBase;

class ProfileAndAccessTest extends RegistryIntegrationBase {
    static final String PROFILE = """
            {"name": "Tigrinska föräldranätverket Vårby", "description": "Föräldrar som hjälper varandra",
             "reach": {"areas": ["varby", "masmo"], "languages": ["ti", "sv"], "targetGroups": ["families-with-children"],
                       "channels": [{"kind": "whatsapp-group", "estimatedReach": 120}, {"kind": "in-person", "estimatedReach": 30}]},
             "contactPoints": [{"kind": "EMAIL", "value": "info@tigrinska.example.se"}]}""";

    @Test
    void registrationWithReachPublishesTheWholePublicStateButNoContactPoints() {
        Response created = http().post("/api/organizations", null, """
                {"name": "Vårby tigrinska nätverk", "kind": "INFORMAL_NETWORK",
                 "reach": {"areas": ["varby"], "languages": ["ti"], "targetGroups": ["women"], "channels": [{"kind": "sms", "estimatedReach": 40}]},
                 "contactPoints": [{"kind": "PHONE", "value": "08-123 456 78"}]}""");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        RegistryEvents.Event registered = RegistryEvents.await(id, 1).getFirst();
        assertThat(registered.type()).isEqualTo("org.samverkan.registry.OrganizationRegistered");
        assertThat(registered.data().get("reach").get("channels").get(0).get("estimatedReach").asInt()).isEqualTo(40);
        assertThat(registered.data().get("organizationNumber").isNull()).isTrue();
        assertThat(registered.data().has("description")).isTrue();
        assertThat(registered.raw()).doesNotContain("08-123 456 78").doesNotContain("contactPoints");
    }

    @Test
    void aRepresentativeChangesTheirOwnProfileAndTheEventCarriesTheNewReach() {
        String id = register("Tigrinska föräldrar");
        Response changed = http().send("PUT", "/api/organizations/" + id + "/profile", TestTokens.representative(id), PROFILE, Map.of());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("estimatedPeopleReached").asInt()).isEqualTo(150);
        List<RegistryEvents.Event> events = RegistryEvents.await(id, 2);
        RegistryEvents.Event event = events.get(1);
        assertThat(event.type()).isEqualTo("org.samverkan.registry.OrganizationProfileChanged");
        assertThat(event.version()).isEqualTo(2);
        assertThat(event.data().get("name").asString()).isEqualTo("Tigrinska föräldranätverket Vårby");
        assertThat(event.data().get("status").asString()).isEqualTo("PENDING");
        assertThat(event.data().get("kind").asString()).isEqualTo("INFORMAL_NETWORK");
        assertThat(event.data().get("reach").get("areas").toString()).isEqualTo("[\"varby\",\"masmo\"]");
        assertThat(event.raw()).doesNotContain("info@tigrinska.example.se");
    }

    @Test
    void aRepresentativeEditingAnotherOrganisationGets403AndNothingChanges() {
        String mine = register("Masmo syföreningen");
        String other = register("Masmo schackklubb");
        Response refused = http().send("PUT", "/api/organizations/" + other + "/profile", TestTokens.representative(mine), PROFILE, Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        Response now = http().get("/api/organizations/" + other, TestTokens.role("registry-admin"));
        assertThat(now.json().get("name").asString()).isEqualTo("Masmo schackklubb");
        assertThat(now.json().get("version").asLong()).isEqualTo(1);
        assertThat(now.json().get("reach").get("areas").isEmpty()).isTrue();
        RegistryEvents.await(mine, 1);
        assertThat(RegistryEvents.of(other)).hasSize(1);
    }

    @Test
    void staffWithoutTheAdminRoleCannotEditAProfile() {
        String id = register("Snättringe boulesällskap");
        Response refused = http().send("PUT", "/api/organizations/" + id + "/profile", TestTokens.role("crisis-staff"), PROFILE, Map.of());
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void unknownReachCodesAreRefusedNamingEachPlaceAndNothingChanges() {
        String id = register("Stuvsta läsecirkel");
        Response refused = http().send("PUT", "/api/organizations/" + id + "/profile", TestTokens.representative(id), """
                {"name": "Stuvsta läsecirkel", "reach": {"areas": ["stuvsta", "atlantis"], "languages": ["xx-klingon"],
                 "targetGroups": [], "channels": [{"kind": "pigeon", "estimatedReach": 5}]}}""", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(RegistryIntegrationBase.errorFields(refused))
                .containsExactly("reach.areas[1]", "reach.languages[0]", "reach.channels[0].kind");
        assertThat(http().get("/api/organizations/" + id, TestTokens.representative(id)).json().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void aNegativeReachEstimateIsOutOfBoundsNamingTheField() {
        Response refused = http().post("/api/organizations", null, """
                {"name": "Minus", "kind": "NGO", "reach": {"channels": [{"kind": "sms", "estimatedReach": -3}]}}""");
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reach.channels[0].estimatedReach");
    }

    private String register(String name) {
        Response created = http().post("/api/organizations", null, "{\"name\": \"" + name + "\", \"kind\": \"INFORMAL_NETWORK\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    /** A field that becomes empty is removed from the store, not kept: the API, the store and the events agree. */
    @Test
    void reinstatingClearsTheSuspensionReasonAndABlankedDescriptionIsGone() {
        String admin = TestTokens.role("registry-admin");
        String id = http().post("/api/organizations", null, "{\"name\": \"Snättringe bygdegård\", \"kind\": \"ASSOCIATION\", "
                + "\"description\": \"Möten och kaffe\"}").json().get("id").asString();
        http().post("/api/organizations/" + id + "/verification", admin, null);
        http().post("/api/organizations/" + id + "/suspension", admin, "{\"reason\": \"Tillfälligt stängd\"}");
        http().post("/api/organizations/" + id + "/reinstatement", admin, "{\"reason\": \"Öppen igen\"}");
        Response blanked = http().send("PUT", "/api/organizations/" + id + "/profile", TestTokens.representative(id),
                "{\"name\": \"Snättringe bygdegård\", \"description\": \"\", \"reach\": {\"areas\": [\"snattringe\"]}}", java.util.Map.of());
        assertThat(blanked.status()).as(blanked.body()).isEqualTo(200);
        var now = http().get("/api/organizations/" + id, admin).json();
        assertThat(now.get("status").asString()).isEqualTo("VERIFIED");
        assertThat(now.get("statusReason").isNull()).as("statusReason after reinstatement: " + now.get("statusReason")).isTrue();
        assertThat(now.get("description").isNull()).as("description after blanking: " + now.get("description")).isTrue();
    }

    @Test
    void anOperatorIsNotStaffAndCannotReadOrganisations() {
        String id = http().post("/api/organizations", null, "{\"name\": \"Stuvsta hembygdsförening\", \"kind\": \"ASSOCIATION\"}")
                .json().get("id").asString();
        assertThat(http().get("/api/organizations/" + id, TestTokens.role("operator")).status()).isEqualTo(403);
    }

    @Test
    void aMissingContactPointIsABadRequestNamingTheFieldNotAServerError() {
        var response = http().post("/api/organizations", null,
                "{\"name\": \"Segeltorps IF\", \"kind\": \"ASSOCIATION\", \"contactPoints\": [null]}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.json().get("errors").get(0).get("field").asString()).startsWith("contactPoints");
    }
}
