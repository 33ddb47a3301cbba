package org.samverkan.communications;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

/** The codes a service accepts, with their names, are public and cacheable: forms and scripts read them from the service. */
class ReferenceDataEndpointTest extends CommunicationsIntegrationBase {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void referenceDataIsServedWithoutLoginWithAStrongETagAndNotModifiedOnRepeat() throws Exception {
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(uri()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("public").contains("max-age=300"));
        assertThat(first.body()).contains("\"municipality\":{\"name\":\"Huddinge\",\"code\":\"0126\"")
                .contains("\"easyRead\":\"sv-x-lattlast\"").contains("{\"code\":\"varby\",\"name\":\"Vårby\"")
                .contains("\"names\":{\"en\":\"Older people (65+)\"}");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{32}\"");

        HttpResponse<String> repeat = client.send(HttpRequest.newBuilder(uri()).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(repeat.statusCode()).isEqualTo(304);
        assertThat(repeat.body()).isEmpty();
    }

    private URI uri() {
        return URI.create("http://localhost:" + port + "/api/reference-data");
    }
}
