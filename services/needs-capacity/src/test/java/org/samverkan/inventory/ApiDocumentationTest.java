package org.samverkan.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp.Response;

class ApiDocumentationTest extends InventoryIntegrationBase {
    @Test
    void theOpenApiDocumentDescribesTheInventoryEndpoints() {
        Response docs = http().get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/offers", "/api/needs", "/api/needs/{id}/matches",
                "/api/commitments", "/api/commitments/{id}/acceptance", "/api/gaps", "/api/gaps/export.csv");
    }
}
