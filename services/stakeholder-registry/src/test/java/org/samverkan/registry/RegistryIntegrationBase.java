package org.samverkan.registry;

import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** One registry context for all its tests, on the JVM's shared broker and store (see TestInfrastructure). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "samverkan.outbox.sweep-interval=200ms", "samverkan.consumer.retry-interval=100ms"})
public abstract class RegistryIntegrationBase {
    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "registry");
    }

    protected TestHttp http() {
        return TestHttp.on(port);
    }

    /** A POST with a body of any content type (TestHttp always sends JSON). */
    protected TestHttp.Response postRaw(String path, String token, String contentType, byte[] body) {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type", contentType);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (var client = java.net.http.HttpClient.newHttpClient()) {
            var response = client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            return new TestHttp.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CSV file uploaded as multipart/form-data in the form field 'file'. */
    protected TestHttp.Response upload(String path, String token, byte[] csv) {
        String boundary = "samverkan-" + java.util.UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"organisations.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(csv);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return postRaw(path, token, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** The fields named in a problem's errors array, in order. */
    public static java.util.List<String> errorFields(TestHttp.Response problem) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }
}
