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
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bson.Document;

/**
 * Communications benchmark driver (run with the JDK's source launcher, classpath from classpath.sh):
 *   keys DIR                      a signing key pair for the bench's tokens (the service trusts DIR/jwt-public.pem)
 *   fanout DIR BASE MONGO_URI N   N verified organisations reaching Flemingsberg (+ SMS inboxes) are written to the
 *                                 service's store as its registry consumer and inbox API would leave them; one notice
 *                                 in 12 languages is written, reviewed and published over HTTP; then the store is
 *                                 polled until every delivery is DELIVERED and no delivery event waits in the outbox.
 */
public class CommunicationsBench {
    static final List<String> LANGUAGES = List.of("sv", "sv-x-lattlast", "fi", "ar", "so", "ti", "fa", "tr", "en", "ckb", "pl", "ur");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "keys" -> keys(Path.of(args[1]));
            case "fanout" -> fanout(Path.of(args[1]), args[2], args[3], Integer.parseInt(args[4]));
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

    static void fanout(Path dir, String base, String mongoUri, int organisations) throws Exception {
        Random random = new Random(20261122L);
        try (var client = MongoClients.create(mongoUri)) {
            MongoDatabase db = client.getDatabase(mongoUri.substring(mongoUri.lastIndexOf('/') + 1));
            List<Document> orgs = new ArrayList<>();
            List<Document> inboxes = new ArrayList<>();
            for (int i = 0; i < organisations; i++) {
                String id = "bench-org-" + i;
                orgs.add(new Document("_id", id).append("name", "Förening " + i).append("status", "VERIFIED")
                        .append("areas", List.of("flemingsberg")).append("languages", List.of(LANGUAGES.get(2 + random.nextInt(10))))
                        .append("targetGroups", List.of("older-people")).append("version", 2L));
                inboxes.add(new Document("_id", id).append("sms", "+4670" + String.format("%07d", i)));
            }
            db.getCollection("organization_copies").deleteMany(new Document("_id", new Document("$regex", "^bench-org-")));
            db.getCollection("inboxes").deleteMany(new Document("_id", new Document("$regex", "^bench-org-")));
            for (int i = 0; i < orgs.size(); i += 1000) {
                db.getCollection("organization_copies").insertMany(orgs.subList(i, Math.min(orgs.size(), i + 1000)));
                db.getCollection("inboxes").insertMany(inboxes.subList(i, Math.min(inboxes.size(), i + 1000)));
            }
            HttpClient http = HttpClient.newHttpClient();
            String officer = token(dir, "communications-officer"), lead = token(dir, "equality-lead");
            String texts = String.join(", ", LANGUAGES.stream().map(l -> "\"" + l + "\": {\"headline\": \"Värmebölja – " + l
                    + "\", \"body\": \"Drick vatten, håll dig i skugga och hör av dig till grannar som bor ensamma. (" + l + ")\", "
                    + "\"instruction\": \"Ring 1177 vid behov\"}").toList());
            String created = send(http, "POST", base + "/api/notices", officer, """
                    {"incident": "Värmebölja 2026", "category": "Health", "urgency": "Expected", "severity": "Moderate",
                     "certainty": "Likely", "areas": ["flemingsberg"], "targetGroups": ["older-people"], "sourceLanguage": "sv",
                     "texts": {%s}}""".formatted(texts), 201);
            Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(created);
            m.find();
            String id = m.group(1);
            send(http, "POST", base + "/api/notices/" + id + "/submission", officer, null, 200);
            send(http, "POST", base + "/api/notices/" + id + "/review", lead, """
                    {"checklist": {"languages": true, "easyRead": true, "accessibleFormats": true, "groupsReached": true}}""", 200);
            long start = System.nanoTime();
            send(http, "POST", base + "/api/notices/" + id + "/publication", officer, null, 200);
            double published = seconds(start), fannedOut = -1, recorded = -1, emitted = -1;
            var deliveries = db.getCollection("deliveries");
            while (emitted < 0 && seconds(start) < 900) {
                long all = deliveries.countDocuments(new Document("noticeId", id));
                long delivered = deliveries.countDocuments(new Document("noticeId", id).append("status", "DELIVERED"));
                if (fannedOut < 0 && all == organisations) {
                    fannedOut = seconds(start);
                }
                if (recorded < 0 && delivered == organisations) {
                    recorded = seconds(start);
                }
                if (recorded >= 0 && deliveries.countDocuments(new Document("noticeId", id).append("outboxPending", true)) == 0) {
                    emitted = seconds(start);
                }
                Thread.sleep(100);
            }
            System.out.printf("notice %s in %d languages to %d organisations: published in %.2f s; %d deliveries created after %.1f s;"
                            + " all DELIVERED after %.1f s; all NoticeDelivered events out of the outbox after %.1f s%n",
                    id, LANGUAGES.size(), organisations, published, organisations, fannedOut, recorded, emitted);
            Files.writeString(dir.resolve("notice-id"), id);
        }
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static String send(HttpClient http, String method, String url, String token, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " → " + response.statusCode() + " " + response.body());
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
