package org.samverkan.platform.test;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends {@link BadRequests} to a running service and judges each answer: a 4xx {@code application/problem+json},
 * never a 5xx; a 400 or 422 names the field or parameter in {@code errors[]} (the one made wrong, where the case
 * knows it), and a value beyond a stated bound is a 422; and the service's store holds as many documents afterwards as before.
 */
public final class BadInputSuite {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    public record Result(int requests, int serverErrors, long partialWrites, List<String> failures) {
        public String summary() {
            return "requests=" + requests + " 5xx=" + serverErrors + " partial_writes=" + partialWrites;
        }
    }

    public BadInputSuite(String base, String token) {
        this.base = base;
        this.token = token;
    }

    public String apiDocs() {
        return send("GET", "/v3/api-docs", null, null).body();
    }

    /** Runs every case {@code rounds} times (each round with fresh random ids), counting documents before and after. */
    public Result run(List<BadRequests.Case> cases, int rounds, LongSupplier documents) {
        return run(cases, rounds, documents, false);
    }

    /** {@code perCase}: count before and after every request too, to name the request that wrote. */
    public Result run(List<BadRequests.Case> cases, int rounds, LongSupplier documents, boolean perCase) {
        long before = documents.getAsLong();
        int requests = 0;
        int serverErrors = 0;
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (BadRequests.Case c : cases) {
                long beforeCase = perCase ? documents.getAsLong() : 0;
                HttpResponse<String> response = send(c.method(), c.path(), c.contentType(), c.body());
                requests++;
                if (perCase && documents.getAsLong() != beforeCase && failures.size() < 200) {
                    failures.add("wrote a document <- " + c + " -> " + response.statusCode());
                }
                if (response.statusCode() >= 500) {
                    serverErrors++;
                }
                String fault = judge(c, response);
                if (fault != null && failures.size() < 200) {
                    failures.add(fault + " <- " + c + " -> " + response.statusCode() + " " + abbreviated(response.body()));
                }
            }
        }
        return new Result(requests, serverErrors, documents.getAsLong() - before, failures);
    }

    static String judge(BadRequests.Case c, HttpResponse<String> response) {
        int status = response.statusCode();
        if (c.mayBeAccepted() && status < 400) {
            return null;
        }
        if (status < 400 || status >= 500) {
            return "not a 4xx";
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "not problem+json";
        }
        if (status != 400 && status != 422) {
            return null;
        }
        JsonNode errors = JSON.readTree(response.body()).path("errors");
        if (errors.isEmpty()) {
            return "no errors[]";
        }
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.path("field").asString("")));
        if (fields.stream().anyMatch(String::isBlank)) {
            return "an error names no field";
        }
        if (c.field() != null && fields.stream().noneMatch(f -> names(f, c.field()))) {
            return "errors[] " + fields + " do not name " + c.field();
        }
        // Only out of bounds (no other field refused beside it, e.g. one the generated sample got wrong): 422.
        if (c.outOfBounds() && status != 422 && fields.stream().allMatch(f -> c.field() == null || names(f, c.field()))) {
            return "a value beyond its bound is not a 422";
        }
        return null;
    }

    private static boolean names(String error, String field) {
        return error.equals(field) || error.startsWith(field + ".") || error.startsWith(field + "[");
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) {
        return RawRequest.send(client, base, method, path, body == null ? null : contentType, body, token);
    }

    private static String abbreviated(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
