package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.samverkan.platform.test.TestHttp;
import tools.jackson.databind.JsonNode;

/**
 * Prepares data through the services' APIs with real tokens of the demo users, for scenarios that start from a
 * state another user group creates (a resident reads a notice that communications published).
 */
final class Seed {
    private Seed() {
    }

    /**
     * A notice written, approved and published through the real workflow, with texts in Swedish, easy-read
     * Swedish, Arabic and English; required languages it lacks are justified by the reviewer. Returns its id.
     */
    static String publishedNotice(PortalStack stack, String area, String headline) {
        return publishedNotice(stack, area, headline, null);
    }

    /** As above, updating (replacing) the published notice {@code replaces} when not null. */
    static String publishedNotice(PortalStack stack, String area, String headline, String replaces) {
        return publishedNotice(stack, area, headline, replaces, "");
    }

    /** As above, with more texts: JSON members such as {@code , "ti": {"headline": ..., "body": ...}}. */
    static String publishedNotice(PortalStack stack, String area, String headline, String replaces, String moreTexts) {
        String comms = stack.token("comms");
        TestHttp api = stack.communications();
        TestHttp.Response draft = api.post("/api/notices", comms, """
                {"incident": "storm-2026", "category": "Met", "urgency": "Expected", "severity": "Severe",
                 "certainty": "Likely", "areas": ["%s"], "targetGroups": [], "sourceLanguage": "sv",
                 "texts": {
                   "sv": {"headline": "%s", "body": "Stormen Ada når Huddinge i natt. Håll dig inomhus.", "instruction": "Ladda mobilen och ha en ficklampa redo."},
                   "sv-x-lattlast": {"headline": "Storm i natt", "body": "Det blir storm i natt. Stanna inne.", "instruction": "Ladda din mobil."},
                   "ar": {"headline": "عاصفة الليلة", "body": "تصل العاصفة آدا إلى هودينغه الليلة. ابق في المنزل.", "instruction": "اشحن هاتفك وجهّز مصباحًا."},
                   "en": {"headline": "Storm tonight", "body": "Storm Ada reaches Huddinge tonight. Stay indoors.", "instruction": "Charge your phone."}%s
                 }, "replaces": %s}
                """.formatted(area, headline, moreTexts, replaces == null ? "null" : "\"" + replaces + "\""));
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("notice").get("id").asString();
        assertThat(api.post("/api/notices/" + id + "/submission", comms, null).status()).isEqualTo(200);
        JsonNode languages = api.get("/api/notices/" + id, comms).json().get("languages");
        List<String> justified = new ArrayList<>();
        languages.get("missing").forEach(l -> justified.add("\"" + l.asString() + "\": \"Översättning kommer i morgon\""));
        TestHttp.Response review = api.post("/api/notices/" + id + "/review", stack.token("equality"),
                "{\"checklist\": {\"languages\": true, \"easyRead\": true, \"accessibleFormats\": true, \"groupsReached\": true},"
                        + " \"justifications\": {" + String.join(", ", justified) + "}}");
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        TestHttp.Response published = api.post("/api/notices/" + id + "/publication", comms, null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        if (replaces != null) {
            // The replaced notice is marked from the update's event, moments after the publication.
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> api.get("/api/notices/" + replaces, comms)
                    .json().get("notice").get("status").asString(), "UPDATED"::equals);
        }
        return id;
    }

    /** A verified organisation (registered anonymously, verified by the registry administrator); returns its id. */
    static String verifiedOrganization(PortalStack stack, String name, String reachJson) {
        TestHttp.Response registered = stack.registry().post("/api/organizations", null,
                "{\"name\": \"" + name + "\", \"kind\": \"ASSOCIATION\", \"reach\": " + reachJson + "}");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        TestHttp.Response verified = stack.registry().post("/api/organizations/" + id + "/verification", stack.token("admin"), null);
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        return id;
    }
}
