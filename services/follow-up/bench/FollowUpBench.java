import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Follow-up dashboard benchmark driver (run with the JDK's source launcher, classpath from classpath.sh):
 *   keys DIR                            a signing key pair for the bench's tokens (the service trusts DIR/jwt-public.pem)
 *   load DIR BASE BOOTSTRAP ORGS        writes a year of a municipality's events (scaled by ORGS organisations: 4 offers,
 *                                       3 needs, 2 commitments, 8 observations, 2 rumours per organisation, a notice per
 *                                       5 organisations delivered to 20 of them) onto the source topics as fast as the
 *                                       producer can, then waits until follow-up's consumer group has committed every
 *                                       record: events per second the projection keeps up with.
 *   query DIR BASE N                    N rounds of matrix (group, language) and trend (days, months) queries: p50/p99.
 *   rebuild DIR BASE                    a rebuild from the topics: events read per second.
 */
public class FollowUpBench {
    static final String[] AREAS = {"flemingsberg", "visattra", "varby", "skogas", "trangsund", "stuvsta", "segeltorp",
            "sjodalen-fullersta", "snattringe", "masmo", "huddinge-centrum"};
    static final String[] LANGUAGES = {"sv", "sv-x-lattlast", "fi", "en", "ar", "so", "ti", "fa", "prs", "ckb", "tr", "pl", "uk", "am"};
    static final String[] GROUPS = {"older-people", "older-people-living-alone", "children-and-young-people", "families-with-children",
            "newly-arrived", "people-with-disabilities", "digitally-excluded", "low-income-households", "crowded-housing", "women"};
    static final Random RANDOM = new Random(42);
    static final Instant NOW = Instant.now();
    /** Ids differ per run, so a second load adds a second set of aggregates instead of repeating the first. */
    static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "keys" -> keys(Path.of(args[1]));
            case "load" -> load(args[2], args[3], Integer.parseInt(args[4]));
            case "query" -> query(Path.of(args[1]), args[2], Integer.parseInt(args[3]));
            case "rebuild" -> rebuild(Path.of(args[1]), args[2]);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void keys(Path dir) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Base64.Encoder pem = Base64.getMimeEncoder(64, "\n".getBytes());
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("jwt-public.pem"), "-----BEGIN PUBLIC KEY-----\n" + pem.encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        Files.write(dir.resolve("jwt-private.der"), keys.getPrivate().getEncoded());
    }

    // ------------------------------------------------------------------------------------------------ load

    record Event(String topic, String key, String type, long version, Instant at, String json) {
    }

    static void load(String base, String bootstrap, int orgs) throws Exception {
        List<Event> events = municipality(orgs);
        Map<String, Object> config = Map.of("bootstrap.servers", bootstrap, "acks", "1", "linger.ms", "5", "batch.size", 262144,
                "compression.type", "lz4");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            // Topics as their owners declare them (3 partitions, kept forever), in case the owners never ran here.
            var existing = admin.listTopics().names().get();
            List<NewTopic> missing = events.stream().map(Event::topic).distinct().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, 3, (short) 1).configs(Map.of("retention.ms", "-1"))).toList();
            admin.createTopics(missing).all().get();
            long before = lag(admin);
            long start = System.nanoTime();
            try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
                for (Event e : events) {
                    producer.send(record(e));
                }
                producer.flush();
            }
            long produced = System.nanoTime();
            long lag = lag(admin);
            while (lag > 0) {
                Thread.sleep(100);
                lag = lag(admin);
            }
            long caughtUp = System.nanoTime();
            double produceSeconds = (produced - start) / 1e9, totalSeconds = (caughtUp - start) / 1e9;
            System.out.printf("events=%d aggregates=%d lag_before=%d produced_in=%.1fs caught_up_in=%.1fs projection_events_per_s=%.0f%n",
                    events.size(), events.stream().map(e -> e.topic() + e.key()).distinct().count(), before, produceSeconds, totalSeconds,
                    events.size() / totalSeconds);
        }
    }

    /** Lag of follow-up's consumer group over the dashboard's source topics. */
    static long lag(Admin admin) throws Exception {
        List<String> topics = List.of("samverkan.registry.organization", "samverkan.inventory.offer", "samverkan.inventory.need",
                "samverkan.inventory.commitment", "samverkan.communications.notice", "samverkan.communications.delivery",
                "samverkan.followup.observation", "samverkan.followup.rumour");
        var existing = admin.listTopics().names().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics.stream().filter(existing::contains).toList()).allTopicNames().get()
                .forEach((name, d) -> d.partitions().forEach(p -> latest.put(new TopicPartition(name, p.partition()), OffsetSpec.latest())));
        var ends = admin.listOffsets(latest).all().get();
        var committed = admin.listConsumerGroupOffsets("follow-up").partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (var end : ends.entrySet()) {
            var at = committed.get(end.getKey());
            lag += end.getValue().offset() - (at == null ? 0 : at.offset());
        }
        return lag;
    }

    static ProducerRecord<String, byte[]> record(Event e) {
        RecordHeaders headers = new RecordHeaders();
        String source = "/samverkan/" + switch (e.topic().split("\\.")[1]) {
            case "registry" -> "stakeholder-registry";
            case "inventory" -> "needs-capacity";
            default -> e.topic().split("\\.")[1];
        };
        Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(), "ce_type", e.type(), "ce_source", source,
                        "ce_time", e.at().toString(), "ce_subject", e.key(), "ce_aggregateversion", String.valueOf(e.version()),
                        "content-type", "application/json")
                .forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ProducerRecord<>(e.topic(), null, e.key(), e.json().getBytes(StandardCharsets.UTF_8), headers);
    }

    /** A year in a municipality: every aggregate's events in version order, at random times within the year. */
    static List<Event> municipality(int orgs) {
        List<Event> events = new ArrayList<>();
        List<String> orgIds = new ArrayList<>();
        for (int i = 0; i < orgs; i++) {
            String id = "bench-org-" + RUN + "-" + i;
            orgIds.add(id);
            Instant at = time(360);
            String reach = "{\"areas\":%s,\"languages\":%s,\"targetGroups\":%s,\"channels\":[{\"kind\":\"whatsapp-group\",\"estimatedReach\":120}]}"
                    .formatted(some(AREAS, 2), some(LANGUAGES, 3), some(GROUPS, 2));
            String state = "{\"organizationId\":\"%s\",\"name\":\"Förening %d\",\"kind\":\"ASSOCIATION\",\"organizationNumber\":null,\"status\":\"%s\",\"description\":\"d\",\"reach\":%s,\"%s\":\"%s\"}";
            events.add(new Event("samverkan.registry.organization", id, "org.samverkan.registry.OrganizationRegistered", 1, at,
                    state.formatted(id, i, "PENDING", reach, "registeredAt", at)));
            Instant verified = at.plus(1, ChronoUnit.DAYS);
            events.add(new Event("samverkan.registry.organization", id, "org.samverkan.registry.OrganizationVerified", 2, verified,
                    state.formatted(id, i, "VERIFIED", reach, "verifiedAt", verified)));
            if (i % 10 == 0) {
                Instant suspended = verified.plus(RANDOM.nextInt(60) + 1, ChronoUnit.DAYS);
                events.add(new Event("samverkan.registry.organization", id, "org.samverkan.registry.OrganizationSuspended", 3, suspended,
                        state.formatted(id, i, "SUSPENDED", reach, "suspendedAt", suspended)));
            }
        }
        for (int i = 0; i < orgs * 4; i++) {
            String id = "bench-offer-" + RUN + "-" + i, org = orgIds.get(RANDOM.nextInt(orgs));
            Instant at = time(300);
            int quantity = 5 + RANDOM.nextInt(50);
            String scope = "\"areas\":%s,\"languages\":%s,\"targetGroups\":%s".formatted(some(AREAS, 2), some(LANGUAGES, 2), some(GROUPS, 2));
            int updates = 1 + RANDOM.nextInt(3);
            for (int v = 1; v <= updates; v++) {
                Instant when = at.plus((v - 1) * 3L, ChronoUnit.DAYS);
                int remaining = Math.max(0, quantity - (v - 1) * 3);
                String status = v == updates && i % 7 == 0 ? "WITHDRAWN" : "ACTIVE";
                String type = v == 1 ? "OfferRegistered" : status.equals("WITHDRAWN") ? "OfferWithdrawn" : "OfferUpdated";
                events.add(new Event("samverkan.inventory.offer", id, "org.samverkan.inventory." + type, v, when,
                        ("{\"offerId\":\"%s\",\"organizationId\":\"%s\",\"resourceType\":\"volunteers\",\"description\":\"help\",\"quantity\":%d,"
                                + "\"unit\":\"people\",\"committedQuantity\":%d,\"remainingQuantity\":%d,\"availableFrom\":\"%s\",\"availableUntil\":null,%s,"
                                + "\"status\":\"%s\",\"changedAt\":\"%s\"}").formatted(id, org, quantity, quantity - remaining, remaining, at, scope, status, when)));
            }
        }
        for (int i = 0; i < orgs * 3; i++) {
            String id = "bench-need-" + RUN + "-" + i;
            Instant at = time(300);
            String scope = "\"areas\":%s,\"targetGroups\":%s,\"languages\":%s".formatted(some(AREAS, 1), some(GROUPS, 1),
                    i % 3 == 0 ? "[]" : some(LANGUAGES, 1));
            String[] statuses = {"OPEN", "PARTIALLY_MET", "MET"};
            int steps = 1 + RANDOM.nextInt(3);
            for (int v = 1; v <= steps; v++) {
                Instant when = at.plus((v - 1) * 5L, ChronoUnit.DAYS);
                events.add(new Event("samverkan.inventory.need", id, "org.samverkan.inventory." + (v == 1 ? "NeedRaised" : "NeedUpdated"), v, when,
                        ("{\"needId\":\"%s\",\"resourceType\":\"volunteers\",\"description\":\"needed\",\"quantity\":10,\"unit\":\"people\","
                                + "\"deliveredQuantity\":0,%s,\"urgency\":\"HIGH\",\"neededBy\":\"%s\",\"status\":\"%s\",\"reportedBy\":null,"
                                + "\"closeReason\":null,\"changedAt\":\"%s\"}").formatted(id, scope, when.plus(14, ChronoUnit.DAYS), statuses[v - 1], when)));
            }
        }
        for (int i = 0; i < orgs * 2; i++) {
            String id = "bench-commitment-" + RUN + "-" + i, org = orgIds.get(RANDOM.nextInt(orgs));
            Instant at = time(300);
            String[] types = {"CommitmentProposed", "CommitmentAccepted", "CommitmentDelivered"};
            String[] statuses = {"PROPOSED", "ACCEPTED", "DELIVERED"};
            for (int v = 1; v <= 3; v++) {
                Instant when = at.plus(v - 1, ChronoUnit.DAYS);
                events.add(new Event("samverkan.inventory.commitment", id, "org.samverkan.inventory." + types[v - 1], v, when,
                        ("{\"commitmentId\":\"%s\",\"needId\":\"n\",\"offerId\":\"o\",\"organizationId\":\"%s\",\"resourceType\":\"volunteers\","
                                + "\"quantity\":3,\"unit\":\"people\",\"deliveredQuantity\":%d,\"status\":\"%s\",\"declineReason\":null,\"changedAt\":\"%s\"}")
                                .formatted(id, org, v == 3 ? 3 : 0, statuses[v - 1], when)));
            }
        }
        for (int n = 0; n < Math.max(1, orgs / 5); n++) {
            String id = "bench-notice-" + RUN + "-" + n;
            Instant at = time(300);
            events.add(new Event("samverkan.communications.notice", id, "org.samverkan.communications.NoticePublished", 3, at,
                    ("{\"noticeId\":\"%s\",\"incident\":\"bench\",\"category\":\"Health\",\"urgency\":\"Expected\",\"severity\":\"Moderate\","
                            + "\"certainty\":\"Likely\",\"areas\":%s,\"targetGroups\":%s,\"sourceLanguage\":\"sv\",\"texts\":{\"sv\":{\"headline\":\"h\","
                            + "\"body\":\"b\"},\"ar\":{\"headline\":\"h\",\"body\":\"b\"},\"so\":{\"headline\":\"h\",\"body\":\"b\"}},\"media\":[],"
                            + "\"requiredLanguages\":[\"sv\",\"ar\",\"so\"],\"justifiedMissing\":{},\"counterMessageFor\":null,\"publishedAt\":\"%s\"}")
                            .formatted(id, some(AREAS, 3), some(GROUPS, 2), at)));
            for (int k = 0; k < 20; k++) {
                String org = orgIds.get(RANDOM.nextInt(orgs)), delivery = id + ":" + org;
                String common = "\"deliveryId\":\"%s\",\"messageKind\":\"NOTICE\",\"noticeId\":\"%s\",\"organizationId\":\"%s\"".formatted(delivery, id, org);
                Instant when = at.plus(10, ChronoUnit.MINUTES);
                events.add(new Event("samverkan.communications.delivery", delivery, "org.samverkan.communications.NoticeDelivered", 1, when,
                        "{%s,\"languages\":[\"sv\",\"ar\"],\"channels\":[\"sms\"],\"attempts\":1,\"deliveredAt\":\"%s\"}".formatted(common, when)));
                if (k % 2 == 0) {
                    Instant ack = when.plus(3, ChronoUnit.HOURS);
                    events.add(new Event("samverkan.communications.delivery", delivery, "org.samverkan.communications.NoticeAcknowledged", 2, ack,
                            "{%s,\"via\":\"link\",\"acknowledgedAt\":\"%s\"}".formatted(common, ack)));
                    if (k % 4 == 0) {
                        Instant relay = ack.plus(1, ChronoUnit.DAYS);
                        events.add(new Event("samverkan.communications.delivery", delivery, "org.samverkan.communications.NoticeRelayed", 3, relay,
                                "{%s,\"people\":80,\"language\":\"so\",\"channel\":\"prayer-gathering\",\"area\":\"%s\",\"reportedAt\":\"%s\"}"
                                        .formatted(common, AREAS[RANDOM.nextInt(AREAS.length)], relay)));
                    }
                }
            }
        }
        for (int i = 0; i < orgs * 8; i++) {
            String id = "bench-observation-" + RUN + "-" + i;
            Instant at = time(365);
            events.add(new Event("samverkan.followup.observation", id, "org.samverkan.followup.ObservationReported", 1, at,
                    ("{\"observationId\":\"%s\",\"area\":\"%s\",\"targetGroups\":%s,\"languages\":%s,\"category\":\"isolation\",\"description\":\"d\","
                            + "\"severity\":\"MEDIUM\",\"observedOn\":\"%s\",\"organizationId\":\"%s\",\"reportedAt\":\"%s\"}")
                            .formatted(id, AREAS[RANDOM.nextInt(AREAS.length)], some(GROUPS, 1), some(LANGUAGES, 1),
                                    LocalDate.ofInstant(at, ZoneOffset.UTC), orgIds.get(RANDOM.nextInt(orgs)), at)));
        }
        for (int i = 0; i < orgs * 2; i++) {
            String id = "bench-rumour-" + RUN + "-" + i;
            Instant at = time(365);
            String body = "\"rumourId\":\"%s\",\"text\":\"t\",\"language\":\"%s\",\"channel\":\"word-of-mouth\",\"areas\":%s,\"targetGroups\":%s,\"stigmatising\":%s"
                    .formatted(id, LANGUAGES[RANDOM.nextInt(LANGUAGES.length)], some(AREAS, 1), some(GROUPS, 1), i % 3 == 0);
            events.add(new Event("samverkan.followup.rumour", id, "org.samverkan.followup.RumourReported", 1, at,
                    "{%s,\"status\":\"REPORTED\",\"organizationId\":\"%s\",\"reportedAt\":\"%s\"}".formatted(body, orgIds.get(RANDOM.nextInt(orgs)), at)));
            if (i % 2 == 0) {
                Instant changed = at.plus(2, ChronoUnit.DAYS);
                events.add(new Event("samverkan.followup.rumour", id, "org.samverkan.followup.RumourStatusChanged", 2, changed,
                        "{%s,\"status\":\"VERIFYING\",\"previousStatus\":\"REPORTED\",\"note\":null,\"counterMessageNoticeId\":null,\"changedAt\":\"%s\"}"
                                .formatted(body, changed)));
            }
        }
        return events;
    }

    static Instant time(int days) {
        return NOW.minus(RANDOM.nextInt(days * 24 * 60), ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
    }

    static String some(String[] codes, int max) {
        List<String> pool = new ArrayList<>(List.of(codes));
        java.util.Collections.shuffle(pool, RANDOM);
        return pool.subList(0, 1 + RANDOM.nextInt(max)).stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    // ------------------------------------------------------------------------------------------------ queries

    static void query(Path dir, String base, int rounds) throws Exception {
        String token = token(dir, "equality-lead");
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> queries = new java.util.LinkedHashMap<>();
        queries.put("matrix area×group, 14 days", "/api/dashboard/matrix?columns=targetGroup");
        queries.put("matrix area×language, 14 days", "/api/dashboard/matrix?columns=language");
        queries.put("trend days (14), one area", "/api/dashboard/trend?period=DAYS&area=flemingsberg");
        queries.put("trend months (12), whole municipality", "/api/dashboard/trend?period=MONTHS");
        queries.put("reach of every notice", "/api/reach/notices");
        for (int i = 0; i < 3; i++) {   // warm-up
            for (String path : queries.values()) {
                get(http, base + path, token);
            }
        }
        for (var q : queries.entrySet()) {
            long[] took = new long[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                get(http, base + q.getValue(), token);
                took[i] = System.nanoTime() - start;
            }
            java.util.Arrays.sort(took);
            System.out.printf("%-40s n=%d p50=%.0fms p99=%.0fms max=%.0fms%n", q.getKey(), rounds, took[rounds / 2] / 1e6,
                    took[(int) Math.ceil(rounds * 0.99) - 1] / 1e6, took[rounds - 1] / 1e6);
        }
    }

    static void rebuild(Path dir, String base) throws Exception {
        String token = token(dir, "operator");
        HttpClient http = HttpClient.newHttpClient();
        long start = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(base + "/api/dashboard/rebuild"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException(started.statusCode() + " " + started.body());
        }
        String id = started.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String status;
        do {
            Thread.sleep(250);
            status = get(http, base + "/api/dashboard/rebuild/" + id, token);
        } while (status.contains("\"RUNNING\""));
        double seconds = (System.nanoTime() - start) / 1e9;
        long read = Long.parseLong(status.replaceAll(".*\"eventsRead\":(\\d+).*", "$1"));
        System.out.printf("rebuild %s: %d events in %.1fs (incl. 2 s settle) = %.0f events/s; %s%n", id, read, seconds, read / seconds, status);
    }

    static String get(HttpClient http, String url, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String token(Path dir, String role) throws Exception {
        RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve("jwt-private.der"))));
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("http://localhost:9000").audience("samverkan-services").subject("bench-" + role)
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(2, ChronoUnit.HOURS)))
                .claim("roles", List.of(role)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
