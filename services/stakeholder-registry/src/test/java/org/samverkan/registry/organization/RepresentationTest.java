package org.samverkan.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;
import org.samverkan.platform.test.TestTokens;
import org.samverkan.registry.RegistryIntegrationBase;

/** Who a representative acts for in the registry, on signed tokens: the organisation the request names, while it has standing. */
class RepresentationTest extends RegistryIntegrationBase {
    private static final String ACTING_FOR = "Samverkan-Acting-For";
    private static final String ADMIN = TestTokens.role("registry-admin");

    @Test
    void aRepresentativeOfTwoOrganisationsEditsEachByHeaderAndNotAThird() {
        String first = verified("Fittja moské");
        String second = verified("Fittja IK");
        String third = verified("Alby kvinnoförening");
        String both = TestTokens.representativeOf(first, second);
        for (String org : List.of(first, second)) {
            Response changed = http().send("PUT", "/api/organizations/" + org + "/profile", both, ProfileAndAccessTest.PROFILE,
                    Map.of(ACTING_FOR, org));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        }
        Response refused = http().send("PUT", "/api/organizations/" + third + "/profile", both, ProfileAndAccessTest.PROFILE,
                Map.of(ACTING_FOR, third));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(ACTING_FOR);
        assertThat(http().get("/api/organizations/" + third, ADMIN).json().get("version").asLong()).as("nothing changed").isEqualTo(2);
        assertThat(http().send("GET", "/api/organizations/" + second, both, null, Map.of(ACTING_FOR, first)).status())
                .as("acting for the first, not the second").isEqualTo(403);
    }

    @Test
    void aSuspendedOrganisationsRepresentativeIsRefusedAtOnceAndAgainAllowedWhenReinstated() {
        String id = verified("Glömsta scoutkår");
        String rep = TestTokens.representative(id);
        assertThat(http().get("/api/organizations/" + id, rep).status()).isEqualTo(200);

        http().post("/api/organizations/" + id + "/suspension", ADMIN, "{\"reason\": \"Granskas\"}");
        Response refused = http().get("/api/organizations/" + id, rep);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asString()).contains("not verified");
        assertThat(http().send("PUT", "/api/organizations/" + id + "/profile", rep, ProfileAndAccessTest.PROFILE, Map.of()).status())
                .isEqualTo(403);

        http().post("/api/organizations/" + id + "/reinstatement", ADMIN, "{\"reason\": \"Klart\"}");
        assertThat(http().get("/api/organizations/" + id, rep).status()).isEqualTo(200);
    }

    private String verified(String name) {
        Response created = http().post("/api/organizations", null, "{\"name\": \"" + name + "\", \"kind\": \"ASSOCIATION\"}");
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(http().post("/api/organizations/" + id + "/verification", ADMIN, null).status()).isEqualTo(200);
        return id;
    }
}
