import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crash command (issue 12): steady mixed load on the running local stack while each service, the broker and the
 * store are killed with SIGKILL in turn and restarted; then every accepted request's effect is looked for in its
 * service, in every consumer's copy and on the topics, and one line is printed:
 * {@code accepted=N lost=0 duplicated_effects=0 out_of_order=0}. Started by bench/crash.sh (which sets the classpath).
 *
 * <p>Accepted = answered 200/201. A write answered 5xx, timed out or cut off is ambiguous: it may or may not have
 * happened, so it is not counted, its aggregate's bounds widen by one, and a verification is looked up before it is
 * repeated (never blindly re-sent).
 */
public final class CrashRun {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    static final String REGISTRY = "http://127.0.0.1:8081", INVENTORY = "http://127.0.0.1:8082",
            COMMS = "http://127.0.0.1:8083", FOLLOW_UP = "http://127.0.0.1:8084", KEYCLOAK = "http://localhost:9000";
    static final List<String> VICTIMS = List.of("stakeholder-registry", "needs-capacity", "communications", "follow-up", "kafka", "mongo");

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        try {
            System.exit(new CrashRun(options).run());
        } catch (Exception e) { // the run could not be carried out (a component would not start): no figures to give
            say("crash: run aborted: " + e);
            System.exit(2);
        }
    }

    record Options(int cycles, boolean shortMode, Path root, Duration settle, Duration maxKilling, boolean tamper) {
        static Options parse(String[] args) {
            int cycles = 10;
            Duration maxKilling = Duration.ofDays(1);
            boolean tamper = false;
            boolean shortMode = false;
            Path root = Path.of(".").toAbsolutePath().normalize();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--cycles" -> cycles = Integer.parseInt(args[++i]);
                    case "--short" -> shortMode = true;
                    case "--root" -> root = Path.of(args[++i]);
                    case "--max-minutes" -> maxKilling = Duration.ofMinutes(Long.parseLong(args[++i]));
                    case "--tamper" -> tamper = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]
                            + " (known: --cycles N, --short, --max-minutes M, --root DIR)");
                }
            }
            return new Options(cycles, shortMode, root, Duration.ofSeconds(shortMode ? 2 : 8), maxKilling, tamper);
        }
    }

    private final Options options;
    private final String run = Long.toString(System.currentTimeMillis() % 100_000_000, 36);
    private final Tokens tokens = new Tokens();
    private final Ledger ledger = new Ledger();
    private final AtomicBoolean loadOn = new AtomicBoolean(true);
    private String orgA, orgB;

    CrashRun(Options options) {
        this.options = options;
    }

    int run() throws Exception {
        Instant start = Instant.now();
        say("crash: run " + run + ", " + options.cycles() + " cycle(s)" + (options.shortMode() ? " (short)" : "") + ", killing " + VICTIMS);
        setUp();
        Baseline baseline = Baseline.read(tokens);
        List<Thread> load = startLoad();
        sleep(options.settle());
        List<String> killed = new ArrayList<>();
        int cycles = 0;
        Instant stopKilling = Instant.now().plus(options.maxKilling());
        List<String> failedRestarts = new ArrayList<>();
        cycling:
        for (int cycle = 1; cycle <= options.cycles() && Instant.now().isBefore(stopKilling); cycle++, cycles++) {
            for (String victim : VICTIMS) {
                Stack.kill(options.root(), victim);
                killed.add(victim);
                say("crash: cycle " + cycle + ": killed " + victim + " (-9), restarting; accepted so far " + ledger.accepted.get());
                if (!restart(victim, failedRestarts)) break cycling;
                sleep(options.settle());
            }
        }
        sleep(options.settle());
        loadOn.set(false);
        for (Thread t : load) t.join(30_000);
        say("crash: load stopped after " + secondsSince(start) + " s; " + ledger.summaryOfRequests() + "; checking ...");
        if (options.tamper()) tamper();
        Result result = null;
        // The platform's own bound, short run or not: an event whose relay round died with its service waits out the
        // dead owner's lease (90 s) and the next sweep (60 s). Sooner than that, a pending event is late, not lost.
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        while (true) {
            Mail.load(run);
            result = new Checks(ledger, baseline, tokens, orgA, orgB, run).all();
            if (result.clean() || Instant.now().isAfter(deadline)) break;
            sleep(Duration.ofSeconds(5)); // consumers and the relay catch up after the last restart
        }
        result.problems().stream().limit(40).forEach(p -> say("crash: " + p));
        say("crash: " + killed.size() + " kills in " + cycles + " cycle(s) (" + options.cycles() + " asked), "
                + secondsSince(start) + " s in all");
        failedRestarts.forEach(f -> say("crash: FINDING restart failed: " + f));
        System.out.println("accepted=" + ledger.accepted.get() + " lost=" + result.lost() + " duplicated_effects=" + result.duplicated()
                + " out_of_order=" + result.outOfOrder() + " resent_same_message_id=" + result.resent());
        return result.clean() && failedRestarts.isEmpty() ? 0 : 1;
    }

    /**
     * ./samverkan up NAME, tried up to three times, as a supervisor would restart a process that died starting. Each
     * failed start is a finding (the run fails); after three the killing stops and the checks still run.
     */
    private boolean restart(String victim, List<String> failed) throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                Stack.up(options.root(), victim);
                return true;
            } catch (IllegalStateException e) {
                failed.add(victim + " (attempt " + attempt + "): " + e.getMessage());
                say("crash: " + victim + " did not start (attempt " + attempt + "), see .local/logs/" + victim + ".log.prev");
            }
        }
        return false;
    }

    /** The checker's own proof (--tamper): remove one accepted organisation's copy at the inventory; the run must report it lost. */
    private void tamper() {
        String victim = ledger.orgs.keySet().iterator().next();
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:27017")) {
            mongo.getDatabase("inventory").getCollection("organization_copies").deleteOne(Filters.eq("_id", victim));
        }
        say("crash: --tamper: deleted the inventory's copy of " + victim);
    }

    // ------------------------------------------------------------------------------------------------ setting up
    /** Two verified organisations reaching Flemingsberg with an e-mail inbox, represented by rep1 and rep2. */
    private void setUp() throws Exception {
        orgA = register("crash-" + run + "-A", "flemingsberg").path("id").asString();
        orgB = register("crash-" + run + "-B", "flemingsberg").path("id").asString();
        for (String org : List.of(orgA, orgB)) {
            Answer a = settled(() -> Http.send("POST", REGISTRY + "/api/organizations/" + org + "/verification", tokens.get("admin"), null));
            if (a.status() != 200 && a.status() != 409) throw new IllegalStateException("verifying " + org + ": " + a);
        }
        Keycloak.representative("rep1", orgA, options.root());
        Keycloak.representative("rep2", orgB, options.root());
        tokens.forget("rep1");
        tokens.forget("rep2");
        for (String[] inbox : List.of(new String[] {"rep1", orgA, "crash-a"}, new String[] {"rep2", orgB, "crash-b"})) {
            Answer a = settled(() -> Http.send("PUT", COMMS + "/api/organizations/" + inbox[1] + "/inbox", tokens.get(inbox[0]),
                    Map.of("email", inbox[2] + "-" + run + "@crash.samverkan.example")));
            if (a.status() != 200) throw new IllegalStateException("inbox of " + inbox[1] + ": " + a);
        }
        // Offers and deliveries follow the copies of the registry: wait until both services know A and B verified.
        for (String service : List.of(INVENTORY, COMMS)) {
            waitUntil(Duration.ofSeconds(60), "copies of A and B at " + service, () -> {
                if (service.equals(INVENTORY)) {
                    return List.of(orgA, orgB).stream().allMatch(o -> Http.send("GET", INVENTORY + "/api/organizations/" + o,
                            tokens.get("staff"), null).json().path("capacityCounts").asBoolean());
                }
                try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:27017")) {
                    return mongo.getDatabase("communications").getCollection("organization_copies")
                            .countDocuments(Filters.and(Filters.in("_id", orgA, orgB), Filters.eq("status", "VERIFIED"))) == 2;
                }
            });
        }
        ledger.deliveryTargets(orgA, orgB);
        say("crash: set up organisations A=" + orgA + " B=" + orgB);
    }

    private JsonNode register(String name, String area) {
        Answer a = settled(() -> Http.send("POST", REGISTRY + "/api/organizations", null, organization(name, area)));
        if (a.status() != 201) throw new IllegalStateException("registering " + name + ": " + a);
        return a.json();
    }

    /** Setting up on a busy machine: a 5xx or a cut connection is tried again (up to 10 times), before any kill. */
    private static Answer settled(Supplier<Answer> call) {
        Answer a = call.get();
        for (int i = 0; i < 10 && (a.ambiguous() || a.status() == -1); i++) {
            sleepQuietly(3000);
            a = call.get();
        }
        return a;
    }

    static Map<String, Object> organization(String name, String area) {
        return Map.of("name", name, "kind", "ASSOCIATION", "reach", Map.of("areas", List.of(area), "languages", List.of("sv"),
                "targetGroups", List.of("older-people"), "channels", List.of(Map.of("kind", "in-person", "estimatedReach", 10))));
    }

    // ------------------------------------------------------------------------------------------------ the load
    private List<Thread> startLoad() {
        List<Thread> threads = new ArrayList<>();
        threads.add(loop("registrations", 400, new Registrations()::step));
        threads.add(loop("verifications", 700, new Verifications()::step));
        threads.add(loop("offers", 1500, new Offers()::step));
        threads.add(loop("needs", 1500, new Needs()::step));
        threads.add(loop("commitments", 1000, new Commitments()::step));
        threads.add(loop("notices", 1000, new Notices()::step));
        return threads;
    }

    private Thread loop(String name, long pauseMillis, Runnable step) {
        return Thread.ofPlatform().name(name).daemon().start(() -> {
            while (loadOn.get()) {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    // a step's own failure (e.g. unreadable body during a kill) is not a check result; go on
                }
                sleepQuietly(pauseMillis);
            }
        });
    }

    private final class Registrations {
        private int n;

        void step() {
            String name = "crash-" + run + "-org-" + (++n);
            Answer a = ledger.write("registration", () -> Http.send("POST", REGISTRY + "/api/organizations", null, organization(name, "varby")));
            if (a.status() == 201) ledger.registered(a.json().path("id").asString(), name);
        }
    }

    private final class Verifications {
        void step() {
            Ledger.Org org = ledger.toVerify.poll();
            if (org == null) return;
            if (org.ambiguousVerification) { // look before repeating: the earlier attempt may have been applied
                Answer look = Http.send("GET", REGISTRY + "/api/organizations/" + org.id, tokens.get("admin"), null);
                if (look.status() == 200 && "VERIFIED".equals(look.json().path("status").asString())) {
                    org.verified = true;
                    return;
                }
                if (look.status() != 200) {
                    ledger.toVerify.add(org);
                    return;
                }
            }
            Answer a = ledger.write("verification", () -> Http.send("POST", REGISTRY + "/api/organizations/" + org.id + "/verification",
                    tokens.get("admin"), null));
            if (a.status() == 200) org.verified = true;
            else if (a.ambiguous()) {
                org.ambiguousVerification = true;
                ledger.toVerify.add(org);
            }
        }
    }

    private final class Offers {
        private int n;

        void step() {
            String rep = (++n % 2 == 0) ? "rep1" : "rep2";
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("resourceType", "volunteers");
            body.put("description", "crash-" + run + "-offer-" + n);
            body.put("quantity", 4);
            body.put("unit", "st");
            body.put("availableFrom", Instant.now().minusSeconds(3600).toString());
            body.put("areas", List.of("masmo"));
            body.put("languages", List.of("sv"));
            body.put("targetGroups", List.of("older-people"));
            Answer a = ledger.write("offer", () -> Http.send("POST", INVENTORY + "/api/offers", tokens.get(rep), body));
            if (a.status() == 201) ledger.offered(a.json().path("id").asString(), "crash-" + run + "-offer-" + n);
        }
    }

    private final class Needs {
        private int n;

        void step() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("resourceType", "volunteers");
            body.put("description", "crash-" + run + "-need-" + (++n));
            body.put("quantity", 50);
            body.put("unit", "st");
            body.put("areas", List.of("masmo"));
            body.put("targetGroups", List.of("older-people"));
            body.put("languages", List.of());
            body.put("urgency", "HIGH");
            body.put("neededBy", Instant.now().plusSeconds(7 * 86_400).toString());
            Answer a = ledger.write("need", () -> Http.send("POST", INVENTORY + "/api/needs", tokens.get("staff"), body));
            if (a.status() == 201) ledger.needed(a.json().path("id").asString(), "crash-" + run + "-need-" + n);
        }
    }

    private final class Commitments {
        private final Random random = new Random(12);

        void step() {
            Ledger.Offer offer = ledger.offerWithRoom();
            List<String> needs = ledger.needIds();
            if (offer == null || needs.isEmpty()) return;
            String need = needs.get(random.nextInt(needs.size()));
            Answer a = ledger.write("commitment", () -> Http.send("POST", INVENTORY + "/api/commitments", tokens.get("staff"),
                    Map.of("needId", need, "offerId", offer.id, "quantity", 1)));
            if (a.status() == 201) {
                offer.acceptedProposals++;
                ledger.committed(a.json().path("id").asString(), offer.id);
            } else if (a.ambiguous()) offer.ambiguousProposals++;
            else if (a.status() == 422) offer.full = true; // e.g. 422: counted as refused, the offer has no room
        }
    }

    /** One notice at a time through draft, submission, review and publication, as an officer and an equality lead. */
    private final class Notices {
        private int n;
        private String id;
        private JsonNode draft;
        private int stage;
        private String headline;

        void step() {
            switch (stage) {
                case 0 -> {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("incident", "crash-" + run);
                    body.put("category", "Safety");
                    body.put("urgency", "Expected");
                    body.put("severity", "Moderate");
                    body.put("certainty", "Likely");
                    body.put("areas", List.of("flemingsberg"));
                    body.put("targetGroups", List.of());
                    body.put("sourceLanguage", "sv");
                    headline = "Övning " + run + " nummer " + (++n);
                    body.put("texts", Map.of("sv", Map.of("headline", headline,
                            "body", "Detta är en övning av krisledningen.", "instruction", "Ingen åtgärd behövs.")));
                    Answer a = ledger.write("notice", () -> Http.send("POST", COMMS + "/api/notices", tokens.get("comms"), body));
                    if (a.status() == 201) {
                        draft = a.json();
                        id = draft.path("notice").path("id").asString();
                        ledger.drafted(id, headline);
                        stage = 1;
                    }
                }
                case 1 -> advance(Http.send("POST", COMMS + "/api/notices/" + id + "/submission", tokens.get("comms"), null), "submission");
                case 2 -> {
                    Map<String, String> justifications = new LinkedHashMap<>();
                    draft.path("languages").path("missing").forEach(l -> justifications.put(l.asString(), "Övning: förs vidare muntligt"));
                    Map<String, Object> review = Map.of("checklist", Map.of("languages", true, "easyRead", true,
                            "accessibleFormats", true, "groupsReached", true), "justifications", justifications);
                    advance(Http.send("POST", COMMS + "/api/notices/" + id + "/review", tokens.get("equality"), review), "review");
                }
                case 3 -> {
                    Answer a = advance(Http.send("POST", COMMS + "/api/notices/" + id + "/publication", tokens.get("comms"), null), "publication");
                    if (a.status() == 200) ledger.published(id);
                }
                default -> stage = 0;
            }
        }

        /** A step answered 200 moves on; a refused or ambiguous one abandons this notice (the next one starts afresh). */
        private Answer advance(Answer a, String what) {
            ledger.count(what, a);
            if (a.status() == 200) stage = stage == 3 ? 0 : stage + 1;
            else if (!a.transientRefusal()) stage = 0;
            return a;
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers
    static void say(String line) {
        System.err.println(line);
    }

    static long secondsSince(Instant start) {
        return Duration.between(start, Instant.now()).toSeconds();
    }

    static void sleep(Duration d) {
        sleepQuietly(d.toMillis());
    }

    static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void waitUntil(Duration max, String what, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(max);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.get()) return;
            } catch (RuntimeException e) {
                // not yet
            }
            sleepQuietly(500);
        }
        throw new IllegalStateException("timed out waiting for " + what);
    }

    // ------------------------------------------------------------------------------------------------ HTTP
    record Answer(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body == null || body.isEmpty() ? "{}" : body);
        }

        /** 5xx, timeout or a cut connection: the write may or may not have been applied. */
        boolean ambiguous() {
            return status == 0 || status >= 500;
        }

        /** Refused before anything was written, so trying the same step again is safe: connection refused or 503/429. */
        boolean transientRefusal() {
            return status == -1 || status == 429;
        }

        @Override
        public String toString() {
            return status + " " + (body == null ? "" : body.substring(0, Math.min(300, body.length())));
        }
    }

    static final class Http {
        /** status -1: connection refused (nothing reached the service); 0: timed out or cut off after sending. */
        static Answer send(String method, String url, String token, Object body) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
            if (token != null) request.header("Authorization", "Bearer " + token);
            if (body != null) {
                request.header("Content-Type", "application/json");
                request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (java.net.ConnectException e) {
                return new Answer(-1, "connection refused");
            } catch (IOException e) {
                return new Answer(0, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(0, "interrupted");
            }
        }

        static Answer form(String url, Map<String, String> fields) {
            StringBuilder body = new StringBuilder();
            fields.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                return new Answer(response.statusCode(), response.body());
            } catch (IOException | InterruptedException e) {
                return new Answer(0, e.toString());
            }
        }
    }

    /** Demo users' access tokens from Keycloak (password grant on the demo-only samverkan-cli client), renewed each minute. */
    static final class Tokens {
        private final Map<String, String> tokens = new ConcurrentHashMap<>();
        private final Map<String, Instant> fetched = new ConcurrentHashMap<>();

        String get(String user) {
            Instant at = fetched.get(user);
            if (at == null || at.isBefore(Instant.now().minusSeconds(60))) {
                Answer a = Http.form(KEYCLOAK + "/realms/samverkan/protocol/openid-connect/token", Map.of("grant_type", "password",
                        "client_id", "samverkan-cli", "username", user, "password", "demo"));
                if (a.status() == 200) {
                    tokens.put(user, a.json().path("access_token").asString());
                    fetched.put(user, Instant.now());
                } else if (!tokens.containsKey(user)) {
                    throw new IllegalStateException("no token for " + user + ": " + a);
                }
            }
            return tokens.get(user);
        }

        void forget(String user) {
            fetched.remove(user);
            tokens.remove(user);
        }
    }

    /** Points a demo representative's org_ids at one of this run's organisations (Keycloak's admin API). */
    static final class Keycloak {
        static void representative(String username, String organization, Path root) throws IOException {
            String password = Files.readString(root.resolve(".local/data/keycloak-admin-password")).trim();
            Answer admin = Http.form(KEYCLOAK + "/realms/master/protocol/openid-connect/token", Map.of("grant_type", "password",
                    "client_id", "admin-cli", "username", "admin", "password", password));
            String token = admin.json().path("access_token").asString();
            Answer found = Http.send("GET", KEYCLOAK + "/admin/realms/samverkan/users?exact=true&username=" + username, token, null);
            String id = found.json().path(0).path("id").asString();
            @SuppressWarnings("unchecked")
            Map<String, Object> user = JSON.convertValue(Http.send("GET", KEYCLOAK + "/admin/realms/samverkan/users/" + id, token, null).json(),
                    Map.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> attributes = (Map<String, Object>) user.computeIfAbsent("attributes", k -> new HashMap<>());
            attributes.put("org_ids", List.of(organization));
            Answer put = Http.send("PUT", KEYCLOAK + "/admin/realms/samverkan/users/" + id, token, user);
            if (put.status() != 204) throw new IllegalStateException("setting org_ids of " + username + ": " + put);
        }
    }

    // ------------------------------------------------------------------------------------------------ the stack
    static final class Stack {
        /** SIGKILL the component recorded in .local/pids, after checking the pid is that component's JVM. */
        static void kill(Path root, String name) throws IOException {
            Path file = root.resolve(".local/pids/" + name + ".pid");
            long pid = Long.parseLong(Files.readString(file).trim());
            String cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline")).replace('\0', ' ');
            if (!cmdline.contains("-Dsamverkan.component=" + name + " ") || !cmdline.contains("-Dsamverkan.home=" + root + " ")) {
                throw new IllegalStateException("pid " + pid + " in " + file + " is not " + name + " of " + root);
            }
            ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
            process.destroyForcibly(); // SIGKILL on Linux
            process.onExit().join();
        }

        /** ./samverkan up NAME: starts the one component and waits until it is healthy. */
        static void up(Path root, String name) throws IOException, InterruptedException {
            File log = root.resolve(".local/logs/crash-up.log").toFile();
            Process p = new ProcessBuilder(root.resolve("samverkan").toString(), "up", name).directory(root.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
            if (p.waitFor() != 0) throw new IllegalStateException("./samverkan up " + name + " failed (see " + log + ")");
        }
    }

    // ------------------------------------------------------------------------------------------------ the ledger
    /** What the load was told: every accepted write and the aggregate it touched. */
    static final class Ledger {
        final AtomicLong accepted = new AtomicLong();
        final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        final Map<String, Org> orgs = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<Org> toVerify = new ConcurrentLinkedQueue<>();
        final List<Offer> offers = new CopyOnWriteArrayList<>();
        final Map<String, String> needs = new ConcurrentHashMap<>();
        final Map<String, String> commitments = new ConcurrentHashMap<>(); // commitment -> offer
        final Map<String, Boolean> notices = new ConcurrentHashMap<>(); // notice -> published (accepted)
        final Map<String, String> headlines = new ConcurrentHashMap<>(); // notice -> its (unique) headline, the e-mail's subject
        final List<String> deliveryTargets = new ArrayList<>();
        private boolean verifyNext;

        static final class Org {
            final String id, name;
            volatile boolean verified, ambiguousVerification;

            Org(String id, String name) {
                this.id = id;
                this.name = name;
            }
        }

        static final class Offer {
            final String id, description;
            volatile int acceptedProposals, ambiguousProposals;
            volatile boolean full;

            Offer(String id, String description) {
                this.id = id;
                this.description = description;
            }
        }

        Answer write(String what, Supplier<Answer> call) {
            Answer a = call.get();
            count(what, a);
            return a;
        }

        void count(String what, Answer a) {
            String outcome = a.status() == 200 || a.status() == 201 ? "accepted" : a.ambiguous() ? "ambiguous"
                    : a.status() == -1 ? "refused-connection" : "refused-" + a.status();
            if (outcome.equals("accepted")) accepted.incrementAndGet();
            outcomes.computeIfAbsent(what + ":" + outcome, k -> new AtomicLong()).incrementAndGet();
        }

        synchronized void registered(String id, String name) {
            Org org = new Org(id, name);
            orgs.put(id, org);
            verifyNext = !verifyNext;
            if (verifyNext) toVerify.add(org); // every other registration is verified
        }

        void offered(String id, String description) {
            offers.add(new Offer(id, description));
        }

        Offer offerWithRoom() {
            return offers.stream().filter(o -> !o.full && o.acceptedProposals + o.ambiguousProposals < 4).findFirst().orElse(null);
        }

        void needed(String id, String description) {
            needs.put(id, description);
        }

        List<String> needIds() {
            return new ArrayList<>(needs.keySet());
        }

        void committed(String id, String offer) {
            commitments.put(id, offer);
        }

        void drafted(String id, String headline) {
            notices.put(id, false);
            headlines.put(id, headline);
        }

        void published(String id) {
            notices.put(id, true);
        }

        void deliveryTargets(String... orgs) {
            deliveryTargets.addAll(List.of(orgs));
        }

        String summaryOfRequests() {
            Map<String, Long> sorted = new java.util.TreeMap<>();
            outcomes.forEach((k, v) -> sorted.put(k, v.get()));
            return "requests " + sorted;
        }
    }

    // ------------------------------------------------------------------------------------------------ checks
    /** {@code resent}: e-mails sent again with the same Message-ID (at-least-once sending; one message to a mail system). */
    record Result(long lost, long duplicated, long outOfOrder, long resent, List<String> problems) {
        boolean clean() {
            return lost == 0 && duplicated == 0 && outOfOrder == 0;
        }
    }

    /** The follow-up dashboard's totals before the load, so its figures can be compared with what the load did. */
    record Baseline(long varbyReaching, long masmoOffers, long masmoCapacity, long masmoNeedsOpen) {
        static Baseline read(Tokens tokens) {
            JsonNode varby = Checks.total(tokens, "varby"), masmo = Checks.total(tokens, "masmo");
            return new Baseline(varby.path("organizationsReaching").asLong(), masmo.path("offers").asLong(),
                    masmo.path("capacityAvailable").asLong(), masmo.path("needsOpen").asLong());
        }
    }

    static final class Checks {
        private final Ledger ledger;
        private final Baseline baseline;
        private final String run;
        private final Tokens tokens;
        private final String orgA, orgB;
        private long lost, duplicated, outOfOrder, resent;
        private final List<String> problems = new ArrayList<>();

        Checks(Ledger ledger, Baseline baseline, Tokens tokens, String orgA, String orgB, String run) {
            this.run = run;
            this.ledger = ledger;
            this.baseline = baseline;
            this.tokens = tokens;
            this.orgA = orgA;
            this.orgB = orgB;
        }

        void lost(String what) {
            lost++;
            problems.add("LOST " + what);
        }

        void duplicated(String what) {
            duplicated++;
            problems.add("DUPLICATED " + what);
        }

        /** Not a failure, but printed: the recipient's mail system got a second copy of one message. */
        void resent(String what) {
            resent++;
            problems.add("RESENT " + what);
        }

        Result all() {
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:27017")) {
                MongoDatabase registry = client.getDatabase("registry"), inventory = client.getDatabase("inventory"),
                        comms = client.getDatabase("communications");
                Map<String, Map<String, Long>> topicVersions = new HashMap<>(); // topic -> key -> version in the service
                organizations(registry, inventory, comms, topicVersions);
                inventory(inventory, topicVersions);
                notices(comms, topicVersions);
                dashboard(registry, inventory);
                topics(topicVersions);
            } catch (RuntimeException e) {
                problems.add("check failed: " + e);
                lost++;
            }
            return new Result(lost, duplicated, outOfOrder, resent, problems);
        }

        private void organizations(MongoDatabase registry, MongoDatabase inventory, MongoDatabase comms, Map<String, Map<String, Long>> topics) {
            Map<String, Long> versions = topics.computeIfAbsent("samverkan.registry.organization", k -> new HashMap<>());
            for (Ledger.Org org : ledger.orgs.values()) {
                Document doc = registry.getCollection("organizations").find(Filters.eq("_id", org.id)).first();
                long sameName = registry.getCollection("organizations").countDocuments(Filters.eq("name", org.name));
                if (doc == null) {
                    lost("registry organisation " + org.id);
                    continue;
                }
                if (sameName > 1) duplicated("registry organisation named " + org.name + " x" + sameName);
                String status = doc.getString("status");
                long version = ((Number) doc.get("version")).longValue();
                if (org.verified && !"VERIFIED".equals(status)) lost("verification of " + org.id + " (status " + status + ")");
                long expected = "VERIFIED".equals(status) ? 2 : 1;
                if (version > expected) duplicated("registry organisation " + org.id + " at version " + version + ", " + status);
                versions.put(org.id, version);
                copy(inventory, "inventory", org.id, status, version);
                copy(comms, "communications", org.id, status, version);
            }
        }

        private void copy(MongoDatabase db, String service, String id, String status, long version) {
            Document copy = db.getCollection("organization_copies").find(Filters.eq("_id", id)).first();
            if (copy == null) lost(service + "'s copy of " + id);
            else if (((Number) copy.get("version")).longValue() != version || !status.equals(copy.getString("status"))) {
                lost(service + "'s copy of " + id + " at v" + copy.get("version") + " " + copy.get("status") + ", registry v" + version + " " + status);
            }
        }

        private void inventory(MongoDatabase inventory, Map<String, Map<String, Long>> topics) {
            Map<String, Long> offerVersions = topics.computeIfAbsent("samverkan.inventory.offer", k -> new HashMap<>());
            for (Ledger.Offer offer : ledger.offers) {
                Document doc = inventory.getCollection("offers").find(Filters.eq("_id", offer.id)).first();
                long sameDescription = inventory.getCollection("offers").countDocuments(Filters.eq("description", offer.description));
                if (doc == null) {
                    lost("offer " + offer.id);
                    continue;
                }
                if (sameDescription > 1) duplicated("offer " + offer.description + " x" + sameDescription);
                long committed = ((Number) doc.get("committed")).longValue();
                long commitments = inventory.getCollection("commitments").countDocuments(Filters.eq("offerId", offer.id));
                if (committed < offer.acceptedProposals) lost("reservations on offer " + offer.id + ": " + committed + " < " + offer.acceptedProposals);
                if (committed > offer.acceptedProposals + offer.ambiguousProposals) {
                    duplicated("reservations on offer " + offer.id + ": " + committed + " > " + (offer.acceptedProposals + offer.ambiguousProposals));
                }
                if (commitments < committed) lost("commitments of offer " + offer.id + ": " + commitments + " for " + committed + " reserved");
                if (commitments > committed) duplicated("commitments of offer " + offer.id + ": " + commitments + " for " + committed + " reserved");
                offerVersions.put(offer.id, ((Number) doc.get("version")).longValue());
            }
            Map<String, Long> needVersions = topics.computeIfAbsent("samverkan.inventory.need", k -> new HashMap<>());
            ledger.needs.forEach((id, description) -> {
                Document doc = inventory.getCollection("needs").find(Filters.eq("_id", id)).first();
                long same = inventory.getCollection("needs").countDocuments(Filters.eq("description", description));
                if (doc == null) lost("need " + id);
                else {
                    if (same > 1) duplicated("need " + description + " x" + same);
                    needVersions.put(id, ((Number) doc.get("version")).longValue());
                }
            });
            Map<String, Long> commitmentVersions = topics.computeIfAbsent("samverkan.inventory.commitment", k -> new HashMap<>());
            ledger.commitments.keySet().forEach(id -> {
                Document doc = inventory.getCollection("commitments").find(Filters.eq("_id", id)).first();
                if (doc == null) lost("commitment " + id);
                else commitmentVersions.put(id, ((Number) doc.get("version")).longValue());
            });
        }

        private void notices(MongoDatabase comms, Map<String, Map<String, Long>> topics) {
            Map<String, Long> noticeVersions = topics.computeIfAbsent("samverkan.communications.notice", k -> new HashMap<>());
            Map<String, Long> deliveryVersions = topics.computeIfAbsent("samverkan.communications.delivery", k -> new HashMap<>());
            ledger.notices.forEach((id, published) -> {
                Document doc = comms.getCollection("notices").find(Filters.eq("_id", id)).first();
                if (doc == null) {
                    lost("notice " + id);
                    return;
                }
                if (!published) return;
                if (!"PUBLISHED".equals(doc.getString("status"))) lost("publication of notice " + id + " (status " + doc.get("status") + ")");
                noticeVersions.put(id, ((Number) doc.get("version")).longValue());
                long deliveries = 0;
                for (String org : List.of(orgA, orgB)) {
                    Document delivery = comms.getCollection("deliveries").find(Filters.eq("_id", id + ":" + org)).first();
                    if (delivery == null || !"DELIVERED".equals(delivery.getString("status"))) {
                        lost("delivery of notice " + id + " to " + org + (delivery == null ? "" : " (" + delivery.get("status") + ")"));
                    } else {
                        deliveries++;
                        deliveryVersions.put(id + ":" + org, ((Number) delivery.get("version")).longValue());
                        String inbox = org.equals(orgA) ? "crash-a" : "crash-b";
                        long mails = Mail.count(inbox, ledger.headlines.get(id));
                        if (mails == 0) { // sent after the sink was read at the start of this check: read it again
                            Mail.load(run);
                            mails = Mail.count(inbox, ledger.headlines.get(id));
                        }
                        if (mails == 0) lost("e-mail of notice " + id + " to " + org);
                        // Two messages (different Message-IDs) are a duplicate; one message sent twice is a resend.
                        if (mails > 1) duplicated("e-mail of notice " + id + " to " + org + ": " + mails + " different messages");
                        long copies = Mail.copies(inbox, ledger.headlines.get(id));
                        if (mails == 1 && copies > 1) resent("e-mail of notice " + id + " to " + org + " x" + copies + ", one Message-ID");
                    }
                }
                // A notice goes to every verified organisation reaching its area, earlier runs' too: follow-up must count
                // exactly the deliveries communications made, not just this run's two.
                deliveries = comms.getCollection("deliveries").countDocuments(Filters.and(Filters.eq("noticeId", id),
                        Filters.eq("status", "DELIVERED")));
                JsonNode reach = Http.send("GET", FOLLOW_UP + "/api/reach/notices/" + id, tokens.get("staff"), null).json();
                long counted = reach.path("deliveries").asLong(-1);
                if (counted < deliveries) lost("follow-up's deliveries of notice " + id + ": " + counted + " of " + deliveries);
                if (counted > deliveries) duplicated("follow-up's deliveries of notice " + id + ": " + counted + " for " + deliveries);
            });
        }

        /** Follow-up's dashboard must agree with the services' own final state of what this run made. */
        private void dashboard(MongoDatabase registry, MongoDatabase inventory) {
            long verified = ledger.orgs.values().stream().filter(o -> "VERIFIED".equals(registry.getCollection("organizations")
                    .find(Filters.eq("_id", o.id)).first() instanceof Document d ? d.getString("status") : null)).count();
            JsonNode varby = total(tokens, "varby"), masmo = total(tokens, "masmo");
            compare("follow-up's organisations reaching varby", varby.path("organizationsReaching").asLong() - baseline.varbyReaching(), verified);
            // Against the inventory's own documents of this run, not the ledger: a request answered ambiguously (cut
            // off, timed out) may have been applied, and follow-up then rightly counts it.
            long offers = 0, capacity = 0;
            for (Document doc : inventory.getCollection("offers").find(Filters.regex("description", "^crash-" + run + "-offer-"))) {
                offers++;
                capacity += ((Number) doc.get("remaining")).longValue();
            }
            long needsOpen = inventory.getCollection("needs").countDocuments(Filters.and(
                    Filters.regex("description", "^crash-" + run + "-need-"), Filters.eq("status", "OPEN")));
            compare("follow-up's offers in masmo", masmo.path("offers").asLong() - baseline.masmoOffers(), offers);
            compare("follow-up's capacity in masmo", masmo.path("capacityAvailable").asLong() - baseline.masmoCapacity(), capacity);
            compare("follow-up's open needs in masmo", masmo.path("needsOpen").asLong() - baseline.masmoNeedsOpen(), needsOpen);
        }

        private void compare(String what, long seen, long expected) {
            if (seen < expected) lost(what + ": " + seen + " of " + expected);
            if (seen > expected) duplicated(what + ": " + seen + " for " + expected);
        }

        static JsonNode total(Tokens tokens, String area) {
            Answer a = Http.send("GET", FOLLOW_UP + "/api/dashboard/matrix?columns=targetGroup", tokens.get("staff"), null);
            if (a.status() != 200) throw new IllegalStateException("dashboard: " + a);
            for (JsonNode t : a.json().path("areaTotals")) if (area.equals(t.path("area").asString())) return t;
            throw new IllegalStateException("no area total for " + area);
        }

        /**
         * Per aggregate on its topic: the first appearance of each version must come in order 1, 2, 3 ... up to the
         * service's version, with no gap and no second event under one version. A whole run re-sent after a relay crash
         * (1 2 1 2) repeats versions already seen and is allowed: consumers drop it by the version guard.
         */
        private void topics(Map<String, Map<String, Long>> expected) {
            Properties p = new Properties();
            p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
            p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
                for (Map.Entry<String, Map<String, Long>> topic : expected.entrySet()) {
                    if (topic.getValue().isEmpty()) continue;
                    Map<String, List<long[]>> seen = read(consumer, topic.getKey(), topic.getValue().keySet());
                    topic.getValue().forEach((key, version) -> order(topic.getKey(), key, version, seen.getOrDefault(key, List.of())));
                }
            }
        }

        private void order(String topic, String key, long version, List<long[]> records) {
            Map<Long, Long> idOfVersion = new HashMap<>();
            long next = 1;
            boolean inOrder = true;
            for (long[] r : records) { // r = {version, hash of ce_id}
                Long earlier = idOfVersion.putIfAbsent(r[0], r[1]);
                if (earlier == null) {
                    if (r[0] != next) inOrder = false;
                    next = r[0] + 1;
                } else if (earlier != r[1]) {
                    duplicated(topic + " " + key + ": two different events at version " + r[0]);
                }
            }
            if (!inOrder) {
                outOfOrder++;
                problems.add("OUT OF ORDER " + topic + " " + key + ": " + records.stream().map(r -> Long.toString(r[0])).toList());
            }
            long highest = idOfVersion.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
            if (highest < version) lost(topic + " " + key + ": topic up to v" + highest + ", service at v" + version);
            if (highest > version) duplicated(topic + " " + key + ": topic up to v" + highest + ", service at v" + version);
        }

        private static Map<String, List<long[]>> read(KafkaConsumer<String, String> consumer, String topic, java.util.Set<String> keys) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(10))) partitions.add(new TopicPartition(topic, info.partition()));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            Map<String, List<long[]>> seen = new HashMap<>();
            Instant deadline = Instant.now().plusSeconds(60);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (!keys.contains(r.key())) continue;
                    Header v = r.headers().lastHeader("ce_aggregateversion"), id = r.headers().lastHeader("ce_id");
                    seen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(new long[] {
                            Long.parseLong(new String(v.value(), StandardCharsets.UTF_8)), new String(id.value(), StandardCharsets.UTF_8).hashCode()});
                }
            }
            return seen;
        }
    }

    /** The SMTP sink's messages (GreenMail's HTTP API): how many reached an inbox for one notice. */
    static final class Mail {
        /** Different messages (by Message-ID) that reached the inbox for the notice. */
        static long count(String inbox, String headline) {
            return ofNotice(inbox, headline).map(m -> m[2]).distinct().count();
        }

        /** Every copy that reached the inbox for the notice, resends of one message included. */
        static long copies(String inbox, String headline) {
            return ofNotice(inbox, headline).count();
        }

        private static java.util.stream.Stream<String[]> ofNotice(String inbox, String headline) {
            // Recipients are crash-a-<run>@..., one address per run; the subject is the notice's headline, unique per notice.
            return MAILS.stream().filter(m -> m[0].startsWith(inbox + "-") && m[1].equals(headline));
        }

        static List<String[]> MAILS = List.of();

        static void load(String run) {
            List<String[]> all = new ArrayList<>();
            for (String inbox : List.of("crash-a", "crash-b")) {
                String address = inbox + "-" + run + "@crash.samverkan.example";
                Answer a = Http.send("GET", "http://127.0.0.1:8025/api/user/" + address + "/messages/", null, null);
                if (a.status() != 200) continue;
                // Without a Message-ID a copy counts as its own message.
                for (JsonNode m : a.json()) {
                    String messageId = m.hasNonNull("messageId") ? m.get("messageId").asString() : "";
                    all.add(new String[] {address, m.path("subject").asString(), messageId.isEmpty() ? UUID.randomUUID().toString() : messageId});
                }
            }
            MAILS = Collections.unmodifiableList(all);
        }
    }
}
