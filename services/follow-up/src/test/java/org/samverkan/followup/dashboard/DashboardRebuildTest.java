package org.samverkan.followup.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.samverkan.followup.FollowUpIntegrationBase;
import org.samverkan.platform.events.EventReader;
import org.samverkan.platform.lease.Leases;
import org.samverkan.platform.test.TestHttp;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;

/** A dashboard rebuilt from the topics alone answers every query with exactly the figures of the live one. */
class DashboardRebuildTest extends FollowUpIntegrationBase {
    /** Every kind of query, over windows with and without data, as the portal asks them. */
    static final List<String> QUERIES = List.of(
            "/api/dashboard/matrix?columns=targetGroup&from=2026-03-02&to=2026-03-15",
            "/api/dashboard/matrix?columns=language&from=2026-03-02&to=2026-03-15",
            "/api/dashboard/matrix?columns=targetGroup&from=2026-03-06&to=2026-03-08",
            "/api/dashboard/matrix?columns=language&from=2026-02-01&to=2026-02-28",
            "/api/dashboard/matrix",
            "/api/dashboard/matrix?columns=language",
            "/api/dashboard/trend?period=DAYS&from=2026-03-01&to=2026-03-31",
            "/api/dashboard/trend?period=DAYS&area=flemingsberg&from=2026-03-02&to=2026-03-15",
            "/api/dashboard/trend?period=DAYS&area=varby&targetGroup=newly-arrived&language=so&from=2026-03-02&to=2026-03-15",
            "/api/dashboard/trend?period=MONTHS&from=2026-01&to=2026-12",
            "/api/dashboard/trend?period=MONTHS&area=flemingsberg&language=ar&from=2026-01&to=2026-12",
            "/api/dashboard/trend?period=MONTHS",
            "/api/dashboard/reach-share?from=2026-03-02&to=2026-03-15",
            "/api/dashboard/reach-share?from=2026-06-01&to=2026-06-14",
            "/api/reach/notices");
    @Autowired
    Generations generations;
    @Autowired
    Timelines timelines;
    @Autowired
    TopicReplay replay;
    @Autowired
    EventReader reader;
    @Autowired
    DashboardFacts facts;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ObjectProvider<Clock> clock;
    @Autowired
    RebuildClaims claims;
    @Autowired
    Leases leases;

    @Test
    void theRebuiltDashboardAnswersEveryQueryExactlyAsTheLiveOne() {
        MarchFixture.publishOnce();
        ConsumerLag.awaitCaughtUp("follow-up");
        String liveGeneration = generations.live();
        Map<String, String> live = answers();
        assertThat(live.get(QUERIES.getFirst())).contains("\"organizationsReaching\":1");

        TestHttp.Response started = http().post("/api/dashboard/rebuild", OPERATOR, null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();
        JsonNode done = await().atMost(Duration.ofSeconds(60)).until(
                () -> http().get("/api/dashboard/rebuild/" + id, EQUALITY).json(), s -> !"RUNNING".equals(s.get("status").asString()));

        assertThat(done.get("status").asString()).isEqualTo("DONE");
        assertThat(done.get("eventsRead").asLong()).isGreaterThanOrEqualTo(SourceRecords.sent().size());
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(generations.live()).isEqualTo(done.get("generation").asString()).isNotEqualTo(liveGeneration);
        Map<String, String> rebuilt = answers();
        QUERIES.forEach(q -> assertThat(rebuilt.get(q)).as(q).isEqualTo(live.get(q)));
    }

    @Test
    void theRebuildWorkerNeitherKeepsTheJvmAliveNorOutlivesItsContext() {
        Set<Thread> before = workers();
        String liveGeneration = generations.live();
        Rebuilds rebuilds = new Rebuilds(generations, timelines, replay, reader, facts, mongo, claims, clock);
        RebuildStatus started = rebuilds.start();
        Thread worker = await().atMost(Duration.ofSeconds(10)).until(() -> workers().stream()
                .filter(t -> !before.contains(t)).findFirst().orElse(null), java.util.Objects::nonNull);
        assertThat(worker.isDaemon()).as("a daemon thread cannot keep the JVM alive").isTrue();

        rebuilds.close(); // what the context does on shutdown (@PreDestroy)

        await().atMost(Duration.ofSeconds(10)).until(() -> !worker.isAlive());
        assertThat(rebuilds.find(started.id()).orElseThrow().status()).isEqualTo("FAILED");
        assertThat(generations.live()).isEqualTo(liveGeneration);
    }

    /** What a rebuild's owner killed mid-way leaves behind: its claim (run out), the building slot, a RUNNING status. */
    @Test
    void aRebuildWhoseOwnerDiedMidWayDoesNotBlockTheNextOne() {
        String stale = "rdead" + System.nanoTime();
        mongo.upsert(Query.query(Criteria.where("_id").is(RebuildClaims.LEASE)), new Update().set("owner", "a-crashed-instance")
                .set("until", java.util.Date.from(java.time.Instant.now().minusSeconds(1))), "platform_leases");
        mongo.updateFirst(Query.query(Criteria.where("_id").is("pointer")), new Update().set("building", stale), "dashboard_generations");
        mongo.save(new RebuildStatus("crashed-" + stale, stale, "RUNNING", 10, 0, java.time.Instant.now(), null, null),
                Rebuilds.COLLECTION);

        TestHttp.Response started = http().post("/api/dashboard/rebuild", OPERATOR, null);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().get("id").asString();
        JsonNode done = await().atMost(Duration.ofSeconds(60)).until(
                () -> http().get("/api/dashboard/rebuild/" + id, OPERATOR).json(), s -> !"RUNNING".equals(s.get("status").asString()));
        assertThat(done.get("status").asString()).isEqualTo("DONE");
        JsonNode crashed = http().get("/api/dashboard/rebuild/crashed-" + stale, OPERATOR).json();
        assertThat(crashed.get("status").asString()).isEqualTo("FAILED");
        assertThat(crashed.get("failure").asString()).isEqualTo("OwnerStopped");
        assertThat(generations.live()).isEqualTo(done.get("generation").asString());
    }

    @Test
    void aRebuildWhoseOwnerLivesBlocksAnotherUntilItEnds() {
        Leases.Claim otherInstance = leases.claim(RebuildClaims.LEASE, Duration.ofMinutes(1));
        assertThat(otherInstance).as("no rebuild runs before this test").isNotNull();
        try {
            TestHttp.Response refused = http().post("/api/dashboard/rebuild", OPERATOR, null);
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.isProblem()).isTrue();
        } finally {
            leases.release(otherInstance);
        }
    }

    /** The lease is short (1 s) and the rebuild longer (it waits 2 s before reading): it renews, so it is never taken. */
    @Test
    void aRebuildLongerThanItsLeaseKeepsItsClaimAndGivesItBackWhenDone() {
        RebuildClaims shortClaims = new RebuildClaims(leases, Duration.ofSeconds(1));
        Rebuilds rebuilds = new Rebuilds(generations, timelines, replay, reader, facts, mongo, shortClaims, clock);
        try {
            RebuildStatus started = rebuilds.start();
            long begun = System.nanoTime();
            while (rebuilds.find(started.id()).orElseThrow().status().equals("RUNNING")) {
                Leases.Claim taken = leases.claim(RebuildClaims.LEASE, Duration.ofMinutes(1));
                if (taken != null) {
                    leases.release(taken);
                }
                assertThat(taken).as("another instance claimed a live rebuild after %d ms",
                        Duration.ofNanos(System.nanoTime() - begun).toMillis()).isNull();
                sleepBriefly();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - begun)).isGreaterThan(Duration.ofSeconds(2));
            assertThat(rebuilds.find(started.id()).orElseThrow().status()).isEqualTo("DONE");
            Leases.Claim afterwards = await().atMost(Duration.ofSeconds(5))
                    .until(() -> leases.claim(RebuildClaims.LEASE, Duration.ofSeconds(1)), java.util.Objects::nonNull);
            leases.release(afterwards);
        } finally {
            rebuilds.close();
            shortClaims.close();
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void onlyOperatorsAndTheEqualityLeadRebuildAndAnUnknownRebuildIsNotFound() {
        assertThat(http().post("/api/dashboard/rebuild", COMMS, null).status()).isEqualTo(403);
        TestHttp.Response unknown = http().get("/api/dashboard/rebuild/no-such-rebuild", OPERATOR);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.isProblem()).isTrue();
    }

    private static Set<Thread> workers() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("dashboard-rebuild"))
                .collect(Collectors.toSet());
    }

    private Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        QUERIES.forEach(q -> {
            TestHttp.Response r = http().get(q, STAFF);
            assertThat(r.status()).as(q + " " + r.body()).isEqualTo(200);
            answers.put(q, r.body());
        });
        return answers;
    }
}
