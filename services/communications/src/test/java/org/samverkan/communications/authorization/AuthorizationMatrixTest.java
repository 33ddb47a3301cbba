package org.samverkan.communications.authorization;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsIntegrationBase;
import org.samverkan.communications.notice.Notices;
import org.samverkan.platform.test.AuthorizationMatrix;

/** Every operation of communications' OpenAPI description by every caller, against authorization-matrix.txt. */
class AuthorizationMatrixTest extends CommunicationsIntegrationBase {
    @Test
    void everyCallerIsAllowedExactlyWhatTheTableDeclares() {
        String notice = Notices.draft(List.of("flemingsberg"), List.of("sv"));
        AuthorizationMatrix.on(port, "matrix-org")
                .body("POST /api/notices", notice)
                .body("PUT /api/notices/{id}", notice)
                .body("PUT /api/organizations/{organizationId}/inbox", "{\"email\": \"inbox@example.org\"}")
                .assertMatches("authorization-matrix.txt");
    }
}
