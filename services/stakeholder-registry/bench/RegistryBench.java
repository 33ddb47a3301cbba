import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.mongodb.client.MongoClients;
import org.bson.Document;

/**
 * Bench helper for the stakeholder registry (single-file program, run by registry-bench.sh):
 *   keys DIR              RSA key pair for the registry's JWT validation (DIR/jwt.pub PEM, DIR/jwt.key)
 *   load MONGO_URI N      N synthetic organisations straight into the organizations collection, in the documents'
 *                         stored shape (the CSV import's similar-name lookup scans the collection per row on the stand-in)
 *   measure URL DIR N     N sequential requests per query (after 10 warm-up), p50/p99 in ms
 */
public class RegistryBench {
    static final String[] AREAS = {"flemingsberg", "visattra", "varby", "skogas", "trangsund", "stuvsta", "segeltorp",
            "sjodalen-fullersta", "snattringe", "masmo", "huddinge-centrum"};
    static final String[] LANGS = {"sv", "sv-x-lattlast", "fi", "en", "ar", "so", "ti", "fa", "prs", "ckb", "tr", "pl", "uk", "am", "syc"};
    static final String[] GROUPS = {"older-people", "older-people-living-alone", "children-and-young-people", "families-with-children",
            "newly-arrived", "people-with-disabilities", "digitally-excluded", "low-income-households", "crowded-housing", "women",
            "shift-and-gig-workers", "faith-community-members"};
    static final String[] CHANNELS = {"email-list", "sms", "whatsapp-group", "facebook-group", "prayer-gathering", "phone-chain", "in-person"};
    static final String[] KINDS = {"ASSOCIATION", "FAITH_COMMUNITY", "VOLUNTARY_GROUP", "NGO", "INFORMAL_NETWORK"};
    static final String[] WORDS = {"Kultur", "Kvinno", "Senior", "Ungdoms", "Föräldra", "Idrotts", "Hyresgäst", "Pensionärs", "Syskon", "Grann"};

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "keys" -> keys(Path.of(args[1]));
            case "load" -> load(args[1], Integer.parseInt(args[2]));
            case "measure" -> measure(args[1], Path.of(args[2]), Integer.parseInt(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void keys(Path dir) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        Files.writeString(dir.resolve("jwt.pub"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        Files.write(dir.resolve("jwt.key"), pair.getPrivate().getEncoded());
    }

    static void load(String uri, int n) {
        Random random = new Random(42);
        try (var client = MongoClients.create(uri)) {
            var organizations = client.getDatabase(uri.substring(uri.lastIndexOf('/') + 1)).getCollection("organizations");
            List<Document> batch = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                batch.add(organisation(random, i));
                if (batch.size() == 1000 || i == n - 1) {
                    organizations.insertMany(batch);
                    batch.clear();
                }
            }
            System.out.printf("loaded %d organisations in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
        }
    }

    static Document organisation(Random r, int i) {
        List<String> areas = pick(r, AREAS, 1 + r.nextInt(3));
        List<String> langs = pick(r, LANGS, 1 + r.nextInt(3));
        List<String> groups = pick(r, GROUPS, 1 + r.nextInt(3));
        List<Document> channels = new ArrayList<>();
        int people = 0;
        for (String kind : pick(r, CHANNELS, 1 + r.nextInt(2))) {
            int reach = 10 + r.nextInt(500);
            people += reach;
            channels.add(new Document("kind", kind).append("estimatedReach", reach));
        }
        String word = WORDS[r.nextInt(WORDS.length)];
        String name = word + "föreningen " + areas.getFirst() + " " + i;
        int s = r.nextInt(10);
        String status = s < 6 ? "VERIFIED" : s < 9 ? "PENDING" : "SUSPENDED";
        return new Document("_id", UUID.randomUUID().toString()).append("version", 1L).append("name", name)
                .append("kind", KINDS[r.nextInt(KINDS.length)]).append("status", status)
                .append("reach", new Document("areas", areas).append("languages", langs).append("targetGroups", groups).append("channels", channels))
                .append("contactPoints", List.of()).append("registeredAt", new Date(1_700_000_000_000L + i * 60_000L))
                .append("estimatedPeople", people).append("nameTokens", List.of(word.toLowerCase(), areas.getFirst(), String.valueOf(i)))
                .append("pendingEvents", List.of());
    }

    static List<String> pick(Random r, String[] from, int k) {
        List<String> all = new ArrayList<>(Arrays.asList(from));
        java.util.Collections.shuffle(all, r);
        return List.copyOf(all.subList(0, k));
    }

    static void measure(String base, Path dir, int n) throws Exception {
        String token = token(dir);
        String[][] queries = {
                {"reach: area+language, verified, by name, page 0 size 20", "/api/reach/organizations?area=flemingsberg&language=so&status=VERIFIED"},
                {"reach: area+group+channel, by estimatedPeople desc, page 5", "/api/reach/organizations?area=masmo&group=older-people&channel=phone-chain&sort=estimatedPeople&direction=DESC&page=5"},
                {"reach: language only, any status, size 100", "/api/reach/organizations?language=ti&size=100"},
                {"coverage matrix area × language", "/api/reach/coverage?by=LANGUAGE"},
                {"coverage matrix area × group", "/api/reach/coverage?by=GROUP"}};
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (String[] q : queries) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(base + q[1])).header("Authorization", "Bearer " + token).build();
                String sample = "";
                for (int i = 0; i < 10; i++) {
                    sample = send(client, request);
                }
                long[] nanos = new long[n];
                for (int i = 0; i < n; i++) {
                    long t = System.nanoTime();
                    send(client, request);
                    nanos[i] = System.nanoTime() - t;
                }
                Arrays.sort(nanos);
                String total = sample.contains("\"total\":") ? sample.replaceAll(".*\"total\":(\\d+).*", "$1") : "-";
                System.out.printf("| %s | `%s` | %d | %.1f | %.1f | %s |%n", q[0], q[1], n, nanos[n / 2] / 1e6,
                        nanos[(int) Math.ceil(n * 0.99) - 1] / 1e6, total);
            }
        }
    }

    static String send(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static String token(Path dir) throws Exception {
        var key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve("jwt.key"))));
        var b64 = Base64.getUrlEncoder().withoutPadding();
        long now = System.currentTimeMillis() / 1000;
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"http://localhost:9000\",\"aud\":\"samverkan-services\",\"sub\":\"bench\",\"roles\":[\"crisis-staff\"],\"iat\":" + now
                + ",\"exp\":" + (now + 7200) + "}").getBytes(StandardCharsets.UTF_8));
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update((header + "." + claims).getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + b64.encodeToString(signer.sign());
    }
}
