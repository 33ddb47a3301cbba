package org.samverkan.registry.authorization;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.AuthorizationMatrix;
import org.samverkan.registry.RegistryIntegrationBase;

/** Every operation of the registry's OpenAPI description by every caller, against authorization-matrix.txt. */
class AuthorizationMatrixTest extends RegistryIntegrationBase {
    @Test
    void everyCallerIsAllowedExactlyWhatTheTableDeclares() {
        // A real organisation, so that its own representative reaches it and the other one is refused it.
        String organization = http().post("/api/organizations", null, "{\"name\":\"Matrisföreningen\",\"kind\":\"ASSOCIATION\"}")
                .json().get("id").asString();
        // The status changes act on another one: a suspended organisation's representatives are refused everything,
        // and a verified one's invitations would need Keycloak; this one stays pending throughout.
        String statusChanges = http().post("/api/organizations", null, "{\"name\":\"Matrisens andra förening\",\"kind\":\"ASSOCIATION\"}")
                .json().get("id").asString();
        AuthorizationMatrix.on(port, organization)
                .record("/api/organizations/{id}/verification", statusChanges)
                .record("/api/organizations/{id}/suspension", statusChanges)
                .record("/api/organizations/{id}/reinstatement", statusChanges)
                .body("POST /api/organizations/{id}/contact-persons",
                        "{\"name\":\"Kontakt\",\"phone\":\"08-000 00 00\",\"consent\":{\"purpose\":\"Kontakt vid kris\"}}")
                .assertMatches("authorization-matrix.txt");
    }
}
