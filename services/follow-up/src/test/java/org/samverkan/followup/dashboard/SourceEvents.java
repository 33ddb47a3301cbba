package org.samverkan.followup.dashboard;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The source services' events with the fields their contracts (docs/asyncapi.yaml) give, sent through {@link SourceRecords}. */
public final class SourceEvents {
    private SourceEvents() {
    }

    public static Instant at(String dateTime) {
        return Instant.parse(dateTime.length() == 10 ? dateTime + "T10:00:00Z" : dateTime);
    }

    /** Registry event of the given type (OrganizationRegistered, …Verified, …Suspended, …ProfileChanged) with the whole state. */
    public static void organization(String id, long version, String type, String status, Instant at, List<String> areas,
                                    List<String> languages, List<String> groups) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("organizationId", id);
        data.put("name", "Förening " + id);
        data.put("kind", "ASSOCIATION");
        data.put("organizationNumber", null);
        data.put("status", status);
        data.put("description", "d");
        data.put("reach", Map.of("areas", areas, "languages", languages, "targetGroups", groups,
                "channels", List.of(Map.of("kind", "prayer-gathering", "estimatedReach", 120))));
        data.put(switch (type) {
            case "OrganizationRegistered" -> "registeredAt";
            case "OrganizationVerified" -> "verifiedAt";
            case "OrganizationSuspended" -> "suspendedAt";
            default -> "changedAt";
        }, at.toString());
        SourceRecords.send("samverkan.registry.organization", id, "org.samverkan.registry." + type, version, at, data);
    }

    public static void offer(String id, long version, String type, String org, int quantity, int remaining, String status,
                             Instant at, List<String> areas, List<String> languages, List<String> groups) {
        Map<String, Object> data = new HashMap<>();
        data.put("offerId", id);
        data.put("organizationId", org);
        data.put("resourceType", "volunteers");
        data.put("description", "help");
        data.put("quantity", quantity);
        data.put("unit", "volunteers");
        data.put("committedQuantity", quantity - remaining);
        data.put("remainingQuantity", remaining);
        data.put("availableFrom", at.toString());
        data.put("availableUntil", null);
        data.put("areas", areas);
        data.put("languages", languages);
        data.put("targetGroups", groups);
        data.put("status", status);
        data.put("changedAt", at.toString());
        SourceRecords.send("samverkan.inventory.offer", id, "org.samverkan.inventory." + type, version, at, data);
    }

    public static void need(String id, long version, String type, String status, Instant at, List<String> areas,
                            List<String> groups, List<String> languages) {
        Map<String, Object> data = new HashMap<>();
        data.put("needId", id);
        data.put("resourceType", "volunteers");
        data.put("description", "needed");
        data.put("quantity", 4);
        data.put("unit", "volunteers");
        data.put("deliveredQuantity", 0);
        data.put("areas", areas);
        data.put("targetGroups", groups);
        data.put("languages", languages);
        data.put("urgency", "HIGH");
        data.put("neededBy", at.plusSeconds(86_400 * 7).toString());
        data.put("status", status);
        data.put("reportedBy", null);
        data.put("closeReason", null);
        data.put("changedAt", at.toString());
        SourceRecords.send("samverkan.inventory.need", id, "org.samverkan.inventory." + type, version, at, data);
    }

    public static void commitment(String id, long version, String type, String status, String org, Instant at) {
        Map<String, Object> data = new HashMap<>(Map.of("commitmentId", id, "needId", "n", "offerId", "o", "organizationId", org,
                "resourceType", "volunteers", "quantity", 4, "unit", "volunteers", "deliveredQuantity", 4, "status", status,
                "changedAt", at.toString()));
        SourceRecords.send("samverkan.inventory.commitment", id, "org.samverkan.inventory." + type, version, at, data);
    }

    public static void noticePublished(String id, Instant at, List<String> areas, List<String> groups, List<String> required,
                                       List<String> textLanguages) {
        noticePublished(id, "heat-2026", at, areas, groups, required, textLanguages);
    }

    public static void noticePublished(String id, String incident, Instant at, List<String> areas, List<String> groups,
                                       List<String> required, List<String> textLanguages) {
        Map<String, Object> texts = new LinkedHashMap<>();
        textLanguages.forEach(l -> texts.put(l, Map.of("headline", "Rubrik", "body", "Text")));
        Map<String, Object> data = new HashMap<>();
        data.put("noticeId", id);
        data.put("incident", incident);
        data.put("category", "Health");
        data.put("urgency", "Expected");
        data.put("severity", "Moderate");
        data.put("certainty", "Likely");
        data.put("areas", areas);
        data.put("targetGroups", groups);
        data.put("sourceLanguage", "sv");
        data.put("texts", texts);
        data.put("media", List.of());
        data.put("requiredLanguages", required);
        data.put("justifiedMissing", Map.of());
        data.put("counterMessageFor", null);
        data.put("publishedAt", at.toString());
        SourceRecords.send("samverkan.communications.notice", id, "org.samverkan.communications.NoticePublished", 3, at, data);
    }

    public static void noticeCancelled(String id, long version, Instant at, List<String> areas, List<String> groups) {
        Map<String, Object> data = new HashMap<>();
        data.put("noticeId", id);
        data.put("incident", "heat-2026");
        data.put("areas", areas);
        data.put("targetGroups", groups);
        data.put("reason", "Fel område");
        data.put("cancelledAt", at.toString());
        SourceRecords.send("samverkan.communications.notice", id, "org.samverkan.communications.NoticeCancelled", version, at, data);
    }

    public static void delivered(String notice, String org, long version, Instant at, List<String> languages) {
        delivery(notice, org, version, "NoticeDelivered", at, Map.of("languages", languages, "channels", List.of("email"),
                "attempts", 1, "deliveredAt", at.toString()));
    }

    public static void failed(String notice, String org, long version, Instant at) {
        delivery(notice, org, version, "DeliveryFailed", at, Map.of("attempts", 3, "reason", "mailbox full", "failedAt", at.toString()));
    }

    public static void acknowledged(String notice, String org, long version, Instant at) {
        delivery(notice, org, version, "NoticeAcknowledged", at, Map.of("via", "link", "acknowledgedAt", at.toString()));
    }

    public static void relayed(String notice, String org, long version, Instant at, String language, String area, int people) {
        delivery(notice, org, version, "NoticeRelayed", at, Map.of("people", people, "language", language,
                "channel", "prayer-gathering", "area", area, "reportedAt", at.toString()));
    }

    private static void delivery(String notice, String org, long version, String type, Instant at, Map<String, Object> fields) {
        Map<String, Object> data = new HashMap<>(fields);
        data.put("deliveryId", notice + ":" + org);
        data.put("messageKind", "NOTICE");
        data.put("noticeId", notice);
        data.put("organizationId", org);
        SourceRecords.send("samverkan.communications.delivery", notice + ":" + org, "org.samverkan.communications." + type,
                version, at, data);
    }

    public static void observation(String id, Instant at, String area, List<String> groups, List<String> languages, String org) {
        Map<String, Object> data = new HashMap<>();
        data.put("observationId", id);
        data.put("area", area);
        data.put("targetGroups", groups);
        data.put("languages", languages);
        data.put("category", "isolation");
        data.put("description", "Older residents have not been outdoors for weeks");
        data.put("severity", "HIGH");
        data.put("observedOn", at.toString().substring(0, 10));
        data.put("organizationId", org);
        data.put("reportedAt", at.toString());
        SourceRecords.send("samverkan.followup.observation", id, "org.samverkan.followup.ObservationReported", 1, at, data);
    }

    public static void rumourReported(String id, Instant at, List<String> areas, List<String> groups, String language,
                                      boolean stigmatising, String org) {
        Map<String, Object> data = rumour(id, areas, groups, language, stigmatising, "REPORTED");
        data.put("organizationId", org);
        data.put("reportedAt", at.toString());
        SourceRecords.send("samverkan.followup.rumour", id, "org.samverkan.followup.RumourReported", 1, at, data);
    }

    public static void rumourStatusChanged(String id, long version, Instant at, List<String> areas, List<String> groups,
                                           String language, boolean stigmatising, String status, String previous) {
        Map<String, Object> data = rumour(id, areas, groups, language, stigmatising, status);
        data.put("previousStatus", previous);
        data.put("note", null);
        data.put("counterMessageNoticeId", null);
        data.put("changedAt", at.toString());
        SourceRecords.send("samverkan.followup.rumour", id, "org.samverkan.followup.RumourStatusChanged", version, at, data);
    }

    private static Map<String, Object> rumour(String id, List<String> areas, List<String> groups, String language,
                                              boolean stigmatising, String status) {
        Map<String, Object> data = new HashMap<>();
        data.put("rumourId", id);
        data.put("text", "They say the water in the area is unsafe");
        data.put("language", language);
        data.put("channel", "whatsapp-group");
        data.put("areas", areas);
        data.put("targetGroups", groups);
        data.put("stigmatising", stigmatising);
        data.put("status", status);
        return data;
    }
}
