package org.samverkan.communications.authorization;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.notice.Notices;
import org.samverkan.communications.organization.OrganizationCopies;
import org.samverkan.communications.organization.RegistryRecords;
import org.samverkan.platform.test.AuthorizationMatrix;
import org.springframework.beans.factory.annotation.Autowired;

/** Every operation of communications' OpenAPI description by every caller, against authorization-matrix.txt. */
class AuthorizationMatrixTest extends CommunicationsIntegrationBase {
    @Autowired
    OrganizationCopies organizations;

    @Test
    void everyCallerIsAllowedExactlyWhatTheTableDeclares() {
        String notice = Notices.draft(List.of("flemingsberg"), List.of("sv"));
        // Verified copies: a service refuses representatives of organisations it does not know as verified.
        for (String org : List.of("matrix-org", "matrix-neighbour")) {
            RegistryRecords.organization(org, 2, "VERIFIED", List.of("flemingsberg"), List.of("sv"), List.of());
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> organizations.find("matrix-org").isPresent()
                && organizations.find("matrix-neighbour").isPresent());
        AuthorizationMatrix.on(port, "matrix-org").otherOrganization("matrix-neighbour")
                .body("POST /api/notices", notice)
                .body("PUT /api/notices/{id}", notice)
                .body("PUT /api/organizations/{organizationId}/inbox", "{\"email\": \"inbox@example.org\"}")
                .assertMatches("authorization-matrix.txt");
    }
}
