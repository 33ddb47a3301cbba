package org.samverkan.communications.notice;

import java.util.List;
import java.util.stream.Collectors;

import org.samverkan.platform.test.TestHttp;
import org.samverkan.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds notice requests and walks a notice through its workflow over real HTTP. */
public final class Notices {
    public static final String OFFICER = TestTokens.role("communications-officer");
    public static final String EQUALITY_LEAD = TestTokens.role("equality-lead");
    public static final String CHECKLIST = """
            {"languages": true, "easyRead": true, "accessibleFormats": true, "groupsReached": true}""";

    private Notices() {
    }

    public static String draft(List<String> areas, List<String> languages) {
        return draft(areas, languages, null);
    }

    public static String draft(List<String> areas, List<String> languages, String replaces) {
        String texts = languages.stream().map(l -> """
                "%s": {"headline": "Rubrik %s", "body": "Text på %s.\\nRad två <b>ej html</b>", "instruction": "Stanna inne"}"""
                .formatted(l, l, l)).collect(Collectors.joining(", "));
        return """
                {"incident": "Värmebölja 2026", "category": "Health", "urgency": "Expected", "severity": "Moderate",
                 "certainty": "Likely", "areas": %s, "targetGroups": ["older-people"], "sourceLanguage": "sv",
                 "texts": {%s}, "media": [{"kind": "SIGN_LANGUAGE_VIDEO", "language": "sv", "url": "https://example.org/tsp.mp4"}],
                 "replaces": %s}""".formatted(quoted(areas), texts, replaces == null ? "null" : "\"" + replaces + "\"");
    }

    /** The same draft marked as a drill: CAP status Exercise or Test. */
    public static String drill(String draft, String capStatus) {
        return draft.replaceFirst("\\{", "{\"capStatus\": \"" + capStatus + "\", ");
    }

    static String quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    public static String create(TestHttp http, String body) {
        TestHttp.Response created = http.post("/api/notices", OFFICER, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("notice").get("id").asString();
    }

    /** Draft → in review → approved (with these justifications, JSON object) → published. */
    public static String publish(TestHttp http, String body, String justifications) {
        String id = create(http, body);
        approve(http, id, justifications);
        TestHttp.Response published = http.post("/api/notices/" + id + "/publication", OFFICER, null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    /**
     * A published notice whose Swedish text is null in the store, as one written before the API refused nulls
     * inside maps would be: the draft is valid, the store is changed behind the API, Swedish is justified as missing.
     */
    public static String publishWithoutSwedishTextInTheStore(TestHttp http, org.springframework.data.mongodb.core.MongoTemplate mongo,
                                                            String body) {
        String id = create(http, body);
        mongo.getCollection("notices").updateOne(new org.bson.Document("_id", id),
                new org.bson.Document("$set", new org.bson.Document("content.texts.sv", null)));
        approve(http, id, "{\"sv\": \"test: a text that slipped through\"}");
        TestHttp.Response published = http.post("/api/notices/" + id + "/publication", OFFICER, null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    public static void approve(TestHttp http, String id, String justifications) {
        assertThat(http.post("/api/notices/" + id + "/submission", OFFICER, null).status()).isEqualTo(200);
        TestHttp.Response reviewed = http.post("/api/notices/" + id + "/review", EQUALITY_LEAD,
                "{\"checklist\": " + CHECKLIST + ", \"justifications\": " + (justifications == null ? "{}" : justifications) + "}");
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
    }
}
