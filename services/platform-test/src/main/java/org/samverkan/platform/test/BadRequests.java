package org.samverkan.platform.test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad requests generated from a service's own OpenAPI description: for every operation, bodies with one field made
 * wrong (type, null element, null map value, 100 kB and 2 MB strings, unknown enum value, extreme date or number,
 * deep nesting), missing fields, wrong content types, and unparseable or extreme query and path parameters.
 * Each case says which field or parameter a refusal must name, where one can be named.
 */
public final class BadRequests {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KB100 = "x".repeat(100 * 1024);
    private static final String MB2 = "x".repeat(2 * 1024 * 1024);
    private final JsonNode api;
    private final Random random;

    /**
     * One request to make: what must come back is a 4xx problem, naming {@code field} when it is not null. A free-text
     * query value ({@code mayBeAccepted}) may also be answered 2xx (it matches nothing); never 5xx. A value beyond a
     * bound the schema states ({@code outOfBounds}: maxLength, maxItems, minimum, maximum) that is refused as bad
     * input must be refused with 422, not 400 (ADR 0014).
     */
    public record Case(String operation, String method, String path, String contentType, String body, String field,
                       boolean mayBeAccepted, boolean outOfBounds) {
        Case(String operation, String method, String path, String contentType, String body, String field) {
            this(operation, method, path, contentType, body, field, false, false);
        }

        Case(String operation, String method, String path, String contentType, String body, String field,
             boolean mayBeAccepted) {
            this(operation, method, path, contentType, body, field, mayBeAccepted, false);
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 120 ? body.substring(0, 120) + "…(" + body.length() + ")" : body;
            return method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " [" + operation + "] " + shown;
        }
    }

    public BadRequests(JsonNode api, long seed) {
        this.api = api;
        this.random = new Random(seed);
    }

    public static BadRequests of(String apiDocs, long seed) {
        JsonNode api = JSON.readTree(apiDocs);
        if (!api.path("paths").isObject()) {
            throw new IllegalArgumentException("not an OpenAPI description: " + apiDocs.substring(0, Math.min(300, apiDocs.length())));
        }
        return new BadRequests(api, seed);
    }

    public List<Case> all() {
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    cases.addAll(operation(path.getKey(), op.getKey().toUpperCase(), op.getValue()));
                }
            }
        }
        return cases;
    }

    private List<Case> operation(String template, String method, JsonNode op) {
        String name = op.path("operationId").asString(method + " " + template);
        List<Case> cases = new ArrayList<>();
        List<JsonNode> params = new ArrayList<>();
        op.path("parameters").forEach(params::add);
        String path = withPathIds(template, params, "no-such-id-" + random.nextInt(1_000_000));
        String validQuery = query(params, null, null);
        // Odd path ids: the answer is a problem, never the container's HTML page or a 5xx.
        for (String id : List.of("%00", "a".repeat(5000), "%25zz", "..%2F..%2Fetc", "%F0%9F%92%A9", "'%22%3Cscript%3E")) {
            if (params.stream().anyMatch(p -> p.path("in").asString().equals("path"))) {
                // A read of an unusual but well-formed key may answer an empty list; a long or broken one may not.
                boolean wellFormed = id.length() < 100 && !id.contains("%00") && !id.contains("%2F");
                cases.add(new Case(name, method, withPathIds(template, params, id) + validQuery, json(op), sampleBodyText(op),
                        null, wellFormed && method.equals("GET")));
            }
        }
        for (JsonNode p : params) {
            if (p.path("in").asString().equals("query")) {
                JsonNode schema = resolve(p.path("schema"));
                String param = p.get("name").asString();
                for (String[] bad : badParameterValues(schema)) {
                    boolean named = !bad[1].equals("any");
                    cases.add(new Case(name, method, path + query(params, param, bad[0]), json(op), sampleBodyText(op),
                            named ? param : null, !named, bad[1].equals("bound")));
                }
            }
        }
        JsonNode bodySchema = requestBodySchema(op);
        if (bodySchema != null) {
            cases.addAll(bodies(name, method, path + validQuery, bodySchema));
        }
        return cases;
    }

    private List<Case> bodies(String name, String method, String target, JsonNode schema) {
        List<Case> cases = new ArrayList<>();
        String j = "application/json";
        for (String body : List.of("{", "null", "[]", "\"text\"", "42", "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}", "")) {
            cases.add(new Case(name, method, target, j, body, null));
        }
        String sample = JSON.writeValueAsString(sample(schema, 0));
        cases.add(new Case(name, method, target, "text/plain", sample, null));
        cases.add(new Case(name, method, target, "application/xml", "<a/>", null));
        cases.add(new Case(name, method, target, j, "{\"unknownField" + random.nextInt(1000) + "\":1}", null));
        if (!schema.path("required").isEmpty()) {
            // Any of the required fields may be the one named first.
            cases.add(new Case(name, method, target, j, "{}", null));
        }
        for (Map.Entry<String, JsonNode> property : properties(schema)) {
            String field = property.getKey();
            for (Wrong wrong : wrongValues(resolve(property.getValue()))) {
                ObjectNode body = (ObjectNode) sample(schema, 0);
                body.set(field, wrong.value());
                cases.add(new Case(name, method, target, j, JSON.writeValueAsString(body), field, false, wrong.outOfBounds()));
            }
            if (schema.path("required").toString().contains("\"" + field + "\"")) {
                ObjectNode body = (ObjectNode) sample(schema, 0);
                body.remove(field);
                cases.add(new Case(name, method, target, j, JSON.writeValueAsString(body), field));
            }
        }
        return cases;
    }

    /** A value no field of its schema may accept; {@code outOfBounds}: of the right type, beyond a stated bound. */
    private record Wrong(JsonNode value, boolean outOfBounds) {
    }

    /** Values that no field of this schema may accept: each must be refused naming the field. */
    private List<Wrong> wrongValues(JsonNode schema) {
        List<Wrong> wrong = new ArrayList<>();
        for (JsonNode value : wrongTypes(schema)) {
            wrong.add(new Wrong(value, false));
        }
        for (JsonNode value : beyondBounds(schema)) {
            wrong.add(new Wrong(value, true));
        }
        return wrong;
    }

    /** Of the right type, but longer, larger or smaller than the schema allows (or the platform's outer bounds). */
    private List<JsonNode> beyondBounds(JsonNode schema) {
        List<JsonNode> beyond = new ArrayList<>();
        switch (type(schema)) {
            case "string" -> {
                String format = schema.path("format").asString();
                if (!schema.has("enum") && !format.equals("date") && !format.equals("date-time")) {
                    // Over the platform's outer bound: refused as it is read, whatever the field's format.
                    beyond.add(NODES.stringNode(KB100));
                    beyond.add(NODES.stringNode(MB2));
                    // One over the field's own maxLength; with a format or pattern it breaks that too, so it is not
                    // only out of bounds (wrongTypes sends it without the 422 expectation).
                    if (schema.has("maxLength") && schema.get("maxLength").asInt() < 100 * 1024 && !formatted(schema)) {
                        beyond.add(NODES.stringNode("x".repeat(schema.get("maxLength").asInt() + 1)));
                    }
                }
            }
            case "integer", "number" -> {
                if (schema.has("maximum")) {
                    beyond.add(NODES.numberNode(schema.get("maximum").asLong() + 1));
                }
                if (schema.has("minimum")) {
                    beyond.add(NODES.numberNode(schema.get("minimum").asLong() - 1));
                }
            }
            case "array" -> {
                ArrayNode many = NODES.arrayNode();
                JsonNode element = sample(resolve(schema.path("items")), 1);
                for (int i = 0; i < 1_001; i++) {
                    many.add(element);
                }
                beyond.add(many);
            }
            default -> {
            }
        }
        return beyond;
    }

    /** Of the wrong type or shape, unreadable, or null where none may be. */
    private List<JsonNode> wrongTypes(JsonNode schema) {
        List<JsonNode> wrong = new ArrayList<>();
        String type = type(schema);
        switch (type) {
            case "string" -> {
                wrong.add(NODES.objectNode().put("nested", 1));
                wrong.add(NODES.arrayNode().add(1));
                if (schema.has("enum")) {
                    wrong.add(NODES.stringNode("NO_SUCH_VALUE_" + random.nextInt(1000)));
                    wrong.add(NODES.stringNode("\u0000"));
                } else if (schema.path("format").asString().equals("date")) {
                    wrong.add(NODES.stringNode("+999999999-12-31"));
                    wrong.add(NODES.stringNode("-999999999-01-01"));
                    wrong.add(NODES.stringNode("1899-12-31"));
                    wrong.add(NODES.stringNode("garbage"));
                } else if (schema.path("format").asString().equals("date-time")) {
                    wrong.add(NODES.stringNode("+999999999-12-31T23:59:59Z"));
                    wrong.add(NODES.stringNode("-999999999-01-01T00:00:00Z"));
                    wrong.add(NODES.stringNode("2026-13-45T99:00:00Z"));
                } else if (schema.has("maxLength") && schema.get("maxLength").asInt() < 100 * 1024 && formatted(schema)) {
                    wrong.add(NODES.stringNode("x".repeat(schema.get("maxLength").asInt() + 1)));
                }
            }
            case "integer", "number" -> {
                wrong.add(NODES.stringNode("not a number"));
                wrong.add(NODES.numberNode(new java.math.BigInteger("9".repeat(40))));
                wrong.add(NODES.objectNode());
            }
            case "boolean" -> wrong.add(NODES.stringNode("maybe"));
            case "array" -> {
                wrong.add(NODES.stringNode("not a list"));
                wrong.add(NODES.arrayNode().addNull());
            }
            case "object" -> {
                wrong.add(NODES.arrayNode());
                wrong.add(NODES.stringNode("not an object"));
                if (schema.has("additionalProperties")) {
                    wrong.add(NODES.objectNode().putNull("sv"));
                }
            }
            default -> wrong.add(NODES.arrayNode().add(NODES.arrayNode().add(NODES.arrayNode())));
        }
        return wrong;
    }

    private static boolean formatted(JsonNode schema) {
        return schema.has("format") || schema.has("pattern");
    }

    /**
     * {value, "named"|"bound"|"any"}: a typed parameter must be refused naming it (beyond its stated minimum or maximum:
     * with 422); a free string only never 5xx.
     */
    private List<String[]> badParameterValues(JsonNode schema) {
        List<String[]> values = new ArrayList<>();
        String type = type(schema);
        JsonNode element = type.equals("array") ? resolve(schema.path("items")) : schema;
        String elementType = type(element);
        if (element.has("enum")) {
            values.add(new String[]{"%00", "named"});
            values.add(new String[]{"NO_SUCH_VALUE", "named"});
        } else if (elementType.equals("integer") || elementType.equals("number")) {
            values.add(new String[]{"garbage", "named"});
            values.add(new String[]{"99999999999999999999", "named"});
            if (element.has("maximum")) {
                values.add(new String[]{String.valueOf(element.get("maximum").asLong() + 1), "bound"});
            }
            if (element.has("minimum")) {
                values.add(new String[]{String.valueOf(element.get("minimum").asLong() - 1), "bound"});
            }
        } else if (element.path("format").asString().startsWith("date")) {
            values.add(new String[]{"garbage", "named"});
            values.add(new String[]{"-999999999-01-01", "named"});
            values.add(new String[]{"%2B999999999-12-31", "named"});
        } else {
            values.add(new String[]{"%00", "any"});
            values.add(new String[]{"x".repeat(5000), "any"});
            values.add(new String[]{"-999999999-01-01", "any"});
        }
        return values;
    }

    /** Integer paging parameters a service must bound: size, limit and page with no maximum are themselves a finding. */
    public List<String> unboundedPagingParameters() {
        List<String> unbounded = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                op.getValue().path("parameters").forEach(p -> {
                    String n = p.path("name").asString();
                    JsonNode schema = resolve(p.path("schema"));
                    if (List.of("size", "limit", "page").contains(n) && type(schema).equals("integer") && !schema.has("maximum")) {
                        unbounded.add(op.getKey().toUpperCase() + " " + path.getKey() + " ?" + n);
                    }
                });
            }
        }
        return unbounded;
    }

    JsonNode sampleBody(JsonNode op) {
        return requestBodySchema(op) == null ? null : sample(requestBodySchema(op), 0);
    }

    private String sampleBodyText(JsonNode op) {
        JsonNode body = sampleBody(op);
        return body == null ? null : JSON.writeValueAsString(body);
    }

    private static String json(JsonNode op) {
        return requestBodyType(op);
    }

    /** A plausible value of the schema's shape; its domain sense does not matter, only that it reads. */
    JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example") && !schema.get("example").isNull() && !schema.get("example").isContainer()) {
            return schema.get("example");
        }
        return switch (type(schema)) {
            case "string" -> schema.has("enum") ? schema.get("enum").get(0)
                    : switch (schema.path("format").asString()) {
                        case "date" -> NODES.stringNode("2026-03-01");
                        case "date-time" -> NODES.stringNode("2026-03-01T10:00:00Z");
                        case "uri" -> NODES.stringNode("https://example.org/a");
                        case "email" -> NODES.stringNode("inbox@example.org");
                        default -> NODES.stringNode("text");
                    };
            case "integer", "number" -> NODES.numberNode(schema.has("minimum") ? Math.max(1, schema.get("minimum").asLong()) : 1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> depth > 4 ? NODES.arrayNode() : NODES.arrayNode().add(sample(schema.path("items"), depth + 1));
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth <= 4) {
                    for (Map.Entry<String, JsonNode> p : properties(schema)) {
                        object.set(p.getKey(), sample(p.getValue(), depth + 1));
                    }
                    if (schema.path("additionalProperties").isObject()) {
                        object.set("sv", sample(schema.get("additionalProperties"), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    private JsonNode requestBodySchema(JsonNode op) {
        JsonNode content = op.path("requestBody").path("content");
        JsonNode json = content.path("application/json").path("schema");
        if (json.isMissingNode()) {
            return null;
        }
        JsonNode schema = resolve(json);
        return type(schema).equals("object") ? schema : null;
    }

    static String requestBodyType(JsonNode op) {
        Iterator<String> types = op.path("requestBody").path("content").propertyNames().iterator();
        return types.hasNext() ? types.next() : null;
    }

    private Iterable<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        return resolve(schema).path("properties").properties();
    }

    JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asString();
            return resolve(api.at(ref.substring(1)));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        return type.isMissingNode() ? (schema.has("properties") || schema.has("additionalProperties") ? "object" : "") : type.asString();
    }

    private static String withPathIds(String template, List<JsonNode> params, String id) {
        String path = template;
        for (JsonNode p : params) {
            if (p.path("in").asString().equals("path")) {
                path = path.replace("{" + p.get("name").asString() + "}", id);
            }
        }
        return path;
    }

    /** Required query parameters get a plausible value; {@code bad} replaces the one named {@code badName}. */
    private String query(List<JsonNode> params, String badName, String bad) {
        StringBuilder query = new StringBuilder();
        for (JsonNode p : params) {
            if (!p.path("in").asString().equals("query")) {
                continue;
            }
            String n = p.get("name").asString();
            String value = n.equals(badName) ? bad
                    : p.path("required").asBoolean(false) ? sample(p.path("schema"), 3).asString("1") : null;
            if (value != null) {
                query.append(query.isEmpty() ? '?' : '&').append(n).append('=').append(value);
            }
        }
        return query.toString();
    }
}
