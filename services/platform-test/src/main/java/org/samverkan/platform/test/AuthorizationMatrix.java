package org.samverkan.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every operation of a service's OpenAPI description, called by every caller — each realm role, a representative
 * of the organisation the request names and one of another organisation, no token, and tokens that are expired,
 * from a foreign issuer, signed by an untrusted key or for another audience — and each answer judged against the
 * service's {@link AccessTable}: refused (401 or 403) or not. No unexpected allow, no unexpected deny, no
 * operation without a row, no row without an operation, and the description's {@code security} agrees on which
 * operations are open.
 */
public final class AuthorizationMatrix {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final String base;
    private final String organization;
    private String otherOrganization = "other-" + UUID.randomUUID();
    private final Map<String, String> records = new LinkedHashMap<>();
    private final Map<String, String> bodies = new LinkedHashMap<>();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private CallerTokens tokens = CallerTokens.SIGNED;

    private record Caller(String name, String token, Predicate<AccessTable.Row> allowed) {
    }

    /**
     * Where the callers' tokens come from: the test issuer's signed tokens ({@link #SIGNED}), or a real identity
     * provider's, one account per role, so the same table is checked against the tokens production sees. The bad
     * tokens (forged, expired, another audience or issuer) are always the test issuer's.
     */
    public interface CallerTokens {
        CallerTokens SIGNED = new CallerTokens() {
            @Override
            public String role(String role) {
                return TestTokens.role(role);
            }

            @Override
            public String representative(String organization) {
                return TestTokens.representative(organization);
            }
        };

        /** A token of someone holding exactly {@code role} (one of {@link AccessTable#ROLES}). */
        String role(String role);

        /** A token of a representative of exactly {@code organization}. */
        String representative(String organization);
    }

    /** What the run found; {@code failures} names operation, caller and answer. */
    public record Result(int operations, int requests, List<String> failures) {
        public String summary() {
            return "authorization-matrix operations=" + operations + " requests=" + requests + " failures=" + failures.size();
        }
    }

    /** @param organization an organisation the service knows; paths, queries and bodies that name an organisation name it */
    private AuthorizationMatrix(int port, String organization) {
        this.base = "http://127.0.0.1:" + port;
        this.organization = organization;
    }

    public static AuthorizationMatrix on(int port, String organization) {
        return new AuthorizationMatrix(port, organization);
    }

    /**
     * The organisation of the "representative of another organisation" caller: one the service knows as verified,
     * where a service refuses representatives of organisations it does not know as verified.
     */
    public AuthorizationMatrix otherOrganization(String id) {
        this.otherOrganization = id;
        return this;
    }

    /** The callers' tokens from {@code tokens} instead of the test issuer's. */
    public AuthorizationMatrix tokens(CallerTokens tokens) {
        this.tokens = tokens;
        return this;
    }

    /**
     * A record of {@link #organization} for the operations under {@code template} (e.g. {@code /api/offers/{id}}):
     * its last path parameter gets {@code id}, so that ownership is decided on a real record, not a 404. A template
     * that is one operation's whole path (e.g. {@code /api/organizations/{id}/suspension}) gives that operation alone
     * another record, e.g. so that a status change by an administrator does not decide later operations' answers.
     */
    public AuthorizationMatrix record(String template, String id) {
        records.put(template, id);
        return this;
    }

    /**
     * The body to send to {@code operation} ("METHOD /path") where the sample from the schema would not pass its bean
     * validation, which runs before any check in the controller: a 400 would hide the refusal being tested.
     */
    public AuthorizationMatrix body(String operation, String json) {
        bodies.put(operation, json);
        return this;
    }

    public Result assertMatches(String tableResource) {
        AccessTable table = AccessTable.load(tableResource);
        Result result = run(table, JSON.readTree(send("GET", "/v3/api-docs", null, null, null).body()));
        System.out.println(result.summary());
        assertThat(result.failures()).as(result.summary() + " against " + tableResource + " (see docs/api.md#authorisation-matrix)").isEmpty();
        return result;
    }

    Result run(AccessTable table, JsonNode api) {
        return run(table, api, true);
    }

    /** {@code call}: false checks only the table against the description, sending nothing. */
    Result run(AccessTable table, JsonNode api, boolean call) {
        List<String> failures = new ArrayList<>(table.mistakes());
        List<Caller> callers = callers();
        BadRequests samples = new BadRequests(api, 17);
        Map<String, JsonNode> operations = operations(api);
        operations.keySet().stream().filter(op -> !table.rows().containsKey(op)).forEach(op -> failures.add(
                "not in " + table.source() + ": " + op + " (add the line '" + op + " <who may>')"));
        table.rows().keySet().stream().filter(op -> !operations.containsKey(op)).forEach(op -> failures.add(
                table.source() + ":" + table.rows().get(op).line() + ": " + op + " is not in the OpenAPI description"));
        int requests = 0;
        for (Map.Entry<String, JsonNode> operation : operations.entrySet()) {
            AccessTable.Row row = table.rows().get(operation.getKey());
            if (row == null || !call) {
                continue;
            }
            failures.addAll(securityDescription(api, operation.getKey(), operation.getValue(), row));
            Request request = request(operation.getKey(), operation.getValue(), samples);
            if (row.who().contains(AccessTable.OWN_REPRESENTATIVE) && !request.namesOrganization()) {
                failures.add(operation.getKey() + ": own-representative, but the request names no organisation"
                        + " (give the test a record(template, id) of the organisation)");
            }
            for (Caller caller : callers) {
                HttpResponse<String> response = send(request.method(), request.target(), request.contentType(),
                        request.body(), caller.token());
                requests++;
                String fault = judge(caller, row, response.statusCode(), request.namesRecord());
                if (fault != null) {
                    failures.add(fault + ": " + operation.getKey() + " by " + caller.name() + " -> " + response.statusCode()
                            + " " + abbreviated(response.body()));
                }
            }
        }
        return new Result(operations.size(), requests, failures);
    }

    /** On a record that exists (every path parameter a real one), a 404 is the service hiding it from this caller: a refusal too. */
    private static String judge(Caller caller, AccessTable.Row row, int status, boolean existingRecord) {
        boolean refused = status == 401 || status == 403 || (existingRecord && status == 404);
        boolean expected = caller.allowed().test(row);
        if (status >= 500) {
            return "server error";
        }
        if (expected == refused) {
            return expected ? "unexpected deny" : "unexpected allow";
        }
        return null;
    }

    /** Bad tokens and the anonymous first, the organisation's own representative last: a mutation by one caller should not decide another's answer. */
    private List<Caller> callers() {
        List<Caller> callers = new ArrayList<>();
        List<String> everything = new ArrayList<>(AccessTable.ROLES);
        everything.add(AccessTable.REPRESENTATIVE);
        // A bad token would be allowed everything it claims: any answer but 401 or 403 is a hole. Even an open
        // operation refuses it: the caller meant to be someone, and is not.
        TestTokens.refusedVariants(everything, organization).forEach((name, token) ->
                callers.add(new Caller(name + " (all roles)", token, row -> false)));
        callers.add(new Caller("no token", null, AccessTable.Row::open));
        callers.add(new Caller("representative of another organisation", tokens.representative(otherOrganization),
                AccessTable.Row::allowsRepresentativeOfOther));
        for (String role : AccessTable.ROLES) {
            // A missing token would make this caller "no token", which open operations allow: a silent gap.
            String token = java.util.Objects.requireNonNull(tokens.role(role), "no token for role " + role);
            callers.add(new Caller(role, token, row -> row.allows(role)));
        }
        callers.add(new Caller("representative of the organisation", tokens.representative(organization),
                AccessTable.Row::allowsRepresentativeOfOwn));
        return callers;
    }

    /** An operation that needs no token says {@code security: []}; every other one needs the bearer scheme (its own or the document's). */
    private static List<String> securityDescription(JsonNode api, String key, JsonNode op, AccessTable.Row row) {
        JsonNode security = op.has("security") ? op.get("security") : api.path("security");
        boolean open = security.isMissingNode() || security.isEmpty();
        if (open != row.tokenless()) {
            return List.of("OpenAPI security of " + key + " is " + security + " but the table says " + row.who());
        }
        return List.of();
    }

    private record Request(String method, String target, String contentType, String body, boolean namesOrganization,
                           boolean namesRecord) {
    }

    private Request request(String key, JsonNode op, BadRequests samples) {
        String method = key.substring(0, key.indexOf(' '));
        String template = key.substring(key.indexOf(' ') + 1);
        boolean[] names = {false};
        boolean onRecord = false;
        boolean allReal = true;
        String path = template;
        StringBuilder query = new StringBuilder();
        for (JsonNode p : op.path("parameters")) {
            String name = p.path("name").asString();
            String in = p.path("in").asString();
            if (in.equals("path")) {
                String value = pathValue(template, name);
                onRecord |= records.containsValue(value);
                allReal &= records.containsValue(value) || value.equals(organization);
                names[0] |= value.equals(organization) || onRecord;
                path = path.replace("{" + name + "}", value);
            } else if (in.equals("query") && (isOrganization(name) || p.path("required").asBoolean(false))) {
                String value = isOrganization(name) ? organization : samples.sample(p.path("schema"), 3).asString("1");
                names[0] |= isOrganization(name);
                query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(value);
            }
        }
        JsonNode content = op.path("requestBody").path("content");
        String contentType = content.has("application/json") ? "application/json" : BadRequests.requestBodyType(op);
        String body = null;
        if (contentType != null) {
            JsonNode sample = samples.sampleBody(op);
            if (bodies.containsKey(key)) {
                body = bodies.get(key);
                names[0] |= body.contains(organization);
            } else if (sample instanceof ObjectNode object) {
                for (String field : List.copyOf(object.propertyNames())) {
                    if (isOrganization(field)) {
                        object.put(field, organization);
                        names[0] = true;
                    }
                }
                body = JSON.writeValueAsString(object);
            } else {
                body = contentType.contains("json") ? "{}" : "x";
            }
        }
        return new Request(method, path + query, contentType, body, names[0], onRecord && allReal);
    }

    private HttpResponse<String> send(String method, String target, String contentType, String body, String token) {
        return RawRequest.send(client, base, method, target, contentType, body, token);
    }

    private String pathValue(String template, String name) {
        for (Map.Entry<String, String> record : records.entrySet()) {
            String prefix = record.getKey();
            boolean wholePath = template.equals(prefix) && prefix.contains("{" + name + "}");
            if (wholePath || template.startsWith(prefix) && prefix.endsWith("{" + name + "}")) {
                return record.getValue();
            }
        }
        if (isOrganization(name) || template.startsWith("/api/organizations/{" + name + "}")) {
            return organization;
        }
        return "no-such-" + UUID.randomUUID();
    }

    private static boolean isOrganization(String name) {
        return name.equals("organizationId");
    }

    private static Map<String, JsonNode> operations(JsonNode api) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : api.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
                }
            }
        }
        return operations;
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
