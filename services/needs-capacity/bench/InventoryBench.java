import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Random;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bson.Document;

/**
 * The inventory benchmark (docs/benchmarks.md, bench:inventory). Modes:
 *   keys DIR          a signing key pair for the bench's tokens (the service trusts DIR/jwt-public.pem)
 *   load URI          100,000 offers, 10,000 needs, 500 organisations straight into the store (the API would take
 *                     hours on the stand-in; the documents are exactly what the service itself writes)
 *   measure DIR URL   matching latency (one need against 100,000 offers) and gap-analysis time, over loopback HTTP
 * Deterministic: seeded random, so every run loads the same data.
 */
public class InventoryBench {
    static final String[] TYPES = {"volunteers", "premises", "transport", "food-delivery", "interpretation", "digital-support",
            "phone-outreach", "psychosocial-support", "childcare", "equipment", "information-relay"};
    static final String[] AREAS = {"flemingsberg", "visattra", "varby", "skogas", "trangsund", "stuvsta", "segeltorp",
            "sjodalen-fullersta", "snattringe", "masmo", "huddinge-centrum"};
    static final String[] LANGUAGES = {"sv", "ar", "so", "ti", "fa", "ckb", "fi", "en", "tr", "pl"};
    static final String[] GROUPS = {"older-people", "older-people-living-alone", "children-and-young-people", "families-with-children",
            "newly-arrived", "people-with-disabilities", "digitally-excluded", "low-income-households", "crowded-housing", "women",
            "shift-and-gig-workers", "faith-community-members"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "keys" -> keys(Path.of(args[1]));
            case "load" -> load(args[1], Integer.parseInt(args.length > 2 ? args[2] : "100000"), Integer.parseInt(args.length > 3 ? args[3] : "10000"));
            case "measure" -> measure(Path.of(args[1]), args[2], args[3]);
            case "store" -> store(args[1]);
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

    static void load(String uri, int offers, int needs) {
        Random random = new Random(20261122L);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (var client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(uri.substring(uri.lastIndexOf('/') + 1));
            for (String c : List.of("organization_copies", "offers", "needs", "commitments")) {
                db.getCollection(c).deleteMany(new Document());
            }
            List<Document> orgs = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                orgs.add(new Document("_id", "org-" + i).append("name", "Förening " + i)
                        .append("status", i % 10 == 0 ? "SUSPENDED" : "VERIFIED").append("version", 2L));
            }
            db.getCollection("organization_copies").insertMany(orgs);
            long start = System.nanoTime();
            insert(db.getCollection("offers"), offers, i -> {
                int quantity = 1 + random.nextInt(50);
                return new Document("_id", "offer-" + i).append("version", 1L).append("resourceType", pick(random, TYPES))
                        .append("organizationId", "org-" + random.nextInt(500)).append("description", "offer " + i)
                        .append("quantity", quantity).append("unit", "pcs")
                        .append("availableFrom", Date.from(now.minus(random.nextInt(10), ChronoUnit.DAYS).plus(random.nextInt(20), ChronoUnit.DAYS)))
                        .append("availableUntil", random.nextBoolean() ? null : Date.from(now.plus(30 + random.nextInt(60), ChronoUnit.DAYS)))
                        .append("areas", some(random, AREAS, 1, 3)).append("languages", some(random, LANGUAGES, 1, 3))
                        .append("targetGroups", some(random, GROUPS, 0, 2)).append("status", random.nextInt(20) == 0 ? "WITHDRAWN" : "ACTIVE")
                        .append("reservations", new Document()).append("committed", 0).append("remaining", quantity)
                        .append("changedAt", Date.from(now)).append("pendingEvents", List.of());
            });
            insert(db.getCollection("needs"), needs, i -> new Document("_id", "need-" + i).append("version", 1L)
                    .append("resourceType", pick(random, TYPES)).append("description", "need " + i)
                    .append("quantity", 1 + random.nextInt(100)).append("unit", "pcs")
                    .append("areas", some(random, AREAS, 1, 2)).append("targetGroups", some(random, GROUPS, 0, 2))
                    .append("languages", some(random, LANGUAGES, 0, 2)).append("urgency", "HIGH")
                    .append("neededBy", Date.from(now.plus(1 + random.nextInt(30), ChronoUnit.DAYS)))
                    .append("status", "OPEN").append("deliveries", new Document()).append("delivered", 0)
                    .append("changedAt", Date.from(now)).append("pendingEvents", List.of()));
            System.out.printf("loaded %d offers, %d needs, 500 organisations in %d s%n", offers, needs,
                    (System.nanoTime() - start) / 1_000_000_000);
        }
    }

    static void measure(Path dir, String base, String mongoUri) throws Exception {
        String token = token(dir);
        HttpClient http = HttpClient.newHttpClient();
        Random random = new Random(7);
        int warmup = 5, rounds = Integer.parseInt(System.getProperty("rounds", "100"));
        List<String> sample = new ArrayList<>();
        List<Long> candidates = new ArrayList<>();
        try (var client = MongoClients.create(mongoUri)) {
            // One projected read of every offer (the stand-in scans for each query; 50 counts would take minutes).
            MongoDatabase db = client.getDatabase(mongoUri.substring(mongoUri.lastIndexOf('/') + 1));
            List<Document> offers = db.getCollection("offers").find()
                    .projection(new Document("resourceType", 1).append("status", 1).append("remaining", 1).append("areas", 1))
                    .into(new ArrayList<>());
            for (int i = 0; i < 50; i++) {
                String id = "need-" + random.nextInt(10_000);
                sample.add(id);
                Document need = db.getCollection("needs").find(Filters.eq("_id", id)).first();
                List<String> areas = need.getList("areas", String.class);
                candidates.add(offers.stream().filter(o -> need.get("resourceType").equals(o.get("resourceType"))
                        && "ACTIVE".equals(o.get("status")) && o.getInteger("remaining") > 0
                        && o.getList("areas", String.class).stream().anyMatch(areas::contains)).count());
            }
        }
        long[] match = new long[rounds];
        for (int i = -warmup; i < rounds; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = get(http, base + "/api/needs/" + sample.get(Math.floorMod(i, sample.size())) + "/matches?limit=20", token);
            long took = System.nanoTime() - t;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            if (i >= 0) {
                match[i] = took;
            }
        }
        Arrays.sort(match);
        System.out.printf("matching: %d requests after %d warm-up, candidates after the store's pre-filter avg %.0f (min %d, max %d)%n",
                rounds, warmup, candidates.stream().mapToLong(Long::longValue).average().orElse(0),
                candidates.stream().mapToLong(Long::longValue).min().orElse(0), candidates.stream().mapToLong(Long::longValue).max().orElse(0));
        System.out.printf("matching latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", ms(match, 0.50), ms(match, 0.90), ms(match, 0.99),
                match[rounds - 1] / 1e6);
        int gapRounds = Integer.parseInt(System.getProperty("gapRounds", "5"));
        long[] gaps = new long[gapRounds];
        int cells = 0;
        for (int i = -1; i < gapRounds; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = get(http, base + "/api/gaps", token);
            long took = System.nanoTime() - t;
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body().substring(0, Math.min(300, r.body().length())));
            }
            cells = r.body().split("\"coverage\"").length - 1;
            if (i >= 0) {
                gaps[i] = took;
            }
        }
        Arrays.sort(gaps);
        System.out.printf("gap analysis (%d cells, JSON %s): %d runs after 1 warm-up, ms min %.0f  median %.0f  max %.0f%n", cells,
                "full", gapRounds, gaps[0] / 1e6, gaps[gapRounds / 2] / 1e6, gaps[gapRounds - 1] / 1e6);
        long t = System.nanoTime();
        HttpResponse<String> csv = get(http, base + "/api/gaps/export.csv", token);
        System.out.printf("HXL CSV export: %d bytes in %.0f ms%n", csv.body().length(), (System.nanoTime() - t) / 1e6);
    }

    /** The matching query alone, straight against the store: how much of a match request the store's scan is. */
    static void store(String mongoUri) {
        Random random = new Random(7);
        try (var client = MongoClients.create(mongoUri)) {
            MongoDatabase db = client.getDatabase(mongoUri.substring(mongoUri.lastIndexOf('/') + 1));
            long[] took = new long[20];
            for (int i = -2; i < took.length; i++) {
                Document need = db.getCollection("needs").find(Filters.eq("_id", "need-" + random.nextInt(10_000))).first();
                long t = System.nanoTime();
                int n = db.getCollection("offers").find(Filters.and(Filters.eq("resourceType", need.get("resourceType")),
                                Filters.eq("status", "ACTIVE"), Filters.gt("remaining", 0), Filters.in("areas", need.getList("areas", String.class))))
                        .projection(new Document("organizationId", 1).append("remaining", 1).append("areas", 1).append("languages", 1)
                                .append("targetGroups", 1).append("availableFrom", 1).append("availableUntil", 1).append("unit", 1)
                                .append("description", 1).append("resourceType", 1))
                        .into(new ArrayList<>()).size();
                if (i >= 0) {
                    took[i] = System.nanoTime() - t;
                }
            }
            Arrays.sort(took);
            System.out.printf("store alone, matching query (%d samples): ms p50 %.1f  max %.1f%n", took.length, ms(took, 0.5),
                    took[took.length - 1] / 1e6);
        }
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    static HttpResponse<String> get(HttpClient http, String url, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String token(Path dir) throws Exception {
        RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve("jwt-private.der"))));
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("http://localhost:9000").audience("samverkan-services").subject("bench-staff")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plus(2, ChronoUnit.HOURS)))
                .claim("roles", List.of("crisis-staff")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    interface Make {
        Document make(int i);
    }

    static void insert(MongoCollection<Document> collection, int n, Make make) {
        List<Document> batch = new ArrayList<>(1000);
        for (int i = 0; i < n; i++) {
            batch.add(make.make(i));
            if (batch.size() == 1000) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch);
        }
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    static List<String> some(Random random, String[] values, int min, int max) {
        List<String> all = new ArrayList<>(Arrays.asList(values));
        java.util.Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, min + random.nextInt(max - min + 1)));
    }
}
