package org.samverkan.communications.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.samverkan.communications.CommunicationsApplication;
import org.samverkan.communications.notice.Notices;
import org.samverkan.platform.store.StoreAvailability;
import org.samverkan.platform.test.DroppingProxy;
import org.samverkan.platform.test.TestInfrastructure;
import org.samverkan.platform.test.TestTokens;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The store really goes away under a running service: every connection to it is cut and its port refuses new ones
 * (a {@link DroppingProxy} in front of the JVM's store). The service answers at once and honestly, and comes back
 * by itself when the store does.
 */
class StoreOutageTest {
    private static final String DATABASE = "communications-outage-test";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void whileTheStoreIsDownTheApiAnswers503QuicklyReadinessIsDownAndPublicFeedsServeTheirLastRenderedBytes() throws Exception {
        TestInfrastructure.Infrastructure infra = TestInfrastructure.get();
        String[] hostPort = infra.mongoUri(DATABASE).replaceFirst("^mongodb://", "").split("/")[0].split(":");
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        try (DroppingProxy store = new DroppingProxy(hostPort[0], Integer.parseInt(hostPort[1]));
             ConfigurableApplicationContext service = start(infra, store.port())) {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) service).getWebServer().getPort();
            String unknown = UUID.randomUUID().toString();
            await().atMost(Duration.ofSeconds(20)).until(() -> get(base, "/actuator/health/readiness", null).statusCode() == 200);
            HttpResponse<String> feed = get(base, "/public/feeds/notices.atom", null);
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(get(base, "/api/notices/" + unknown, Notices.OFFICER).statusCode()).as("store reached").isEqualTo(404);
            logs.start();
            root.addAppender(logs);

            store.cut();

            for (HttpResponse<String> answer : List.of(timed(base, "GET", "/api/notices/" + unknown, null),
                    timed(base, "POST", "/api/notices", Notices.draft(List.of("flemingsberg"), List.of("sv"))),
                    timed(base, "GET", "/public/notices/" + unknown + "/cap.xml", null))) {
                assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(503);
                assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
                assertThat(answer.body()).contains("\"status\":503").doesNotContain("Exception");
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> get(base, "/actuator/health/readiness", null).statusCode() == 503);
            HttpResponse<String> lastRendered = get(base, "/public/feeds/notices.atom", null);
            assertThat(lastRendered.statusCode()).isEqualTo(200);
            assertThat(lastRendered.body()).as("the very bytes rendered before the outage").isEqualTo(feed.body());
            assertThat(lastRendered.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
            assertThat(lastRendered.headers().firstValue("Age")).isPresent();
            for (int i = 0; i < 20; i++) {
                assertThat(timed(base, "GET", "/api/notices/" + unknown, null).statusCode()).isEqualTo(503);
            }

            store.restore();
            await().atMost(Duration.ofSeconds(15)).until(() -> get(base, "/actuator/health/readiness", null).statusCode() == 200);
            assertThat(get(base, "/api/notices/" + unknown, Notices.OFFICER).statusCode()).isEqualTo(404);
            root.detachAppender(logs);

            assertThat(messages(logs, Level.WARN, StoreAvailability.class)).as("one WARN per outage").hasSize(1);
            assertThat(messages(logs, Level.INFO, StoreAvailability.class)).as("one INFO when it is back").hasSize(1)
                    .allSatisfy(m -> assertThat(m).startsWith("Store reachable again"));
            assertThat(logs.list.stream().filter(e -> e.getLevel() == Level.ERROR).map(ILoggingEvent::getFormattedMessage))
                    .as("no ERROR").isEmpty();
            assertThat(logs.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN) && e.getThrowableProxy() != null)
                    .map(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).toList()).as("no stack trace").isEmpty();
        } finally {
            root.detachAppender(logs);
        }
    }

    private static List<String> messages(ListAppender<ILoggingEvent> logs, Level level, Class<?> from) {
        return logs.list.stream().filter(e -> e.getLevel() == level && e.getLoggerName().equals(from.getName()))
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    /**
     * A call with the officer's token that must be answered well before the driver's own 30 s server selection: the
     * service gives up after its 1 s (samverkan.store.server-selection-timeout), so about 1–2 s on a quiet machine.
     * The bound is 8 s, not 2: this proves the request does not hang, not how fast a loaded CI machine is.
     */
    private static HttpResponse<String> timed(String base, String method, String path, String json) throws Exception {
        long start = System.nanoTime();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + Notices.OFFICER)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(method + " " + path).isLessThan(Duration.ofSeconds(8));
        return answer;
    }

    private static HttpResponse<String> get(String base, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ConfigurableApplicationContext start(TestInfrastructure.Infrastructure infra, int storePort) {
        return new SpringApplicationBuilder(CommunicationsApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/" + DATABASE + "?directConnection=true",
                "--spring.cloud.stream.default.group=communications-outage-test",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + org.samverkan.communications.TestSmtp.get().getSmtp().getPort(),
                "--samverkan.communications.token-secret=test-secret-of-at-least-32-bytes-length",
                "--samverkan.security.jwt.issuer=" + TestTokens.ISSUER,
                "--samverkan.security.jwt.public-key-location=file:" + TestTokens.publicKeyFile());
    }
}
