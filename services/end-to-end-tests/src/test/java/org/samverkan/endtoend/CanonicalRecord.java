package org.samverkan.endtoend;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Kafka record as one pretty-printed JSON document, {@code {topic, key, headers, payload}}, with what differs from
 * run to run replaced by placeholders:
 * <ul>
 *   <li>UUIDs, wherever they occur in a string, by {@code <uuid-1>}, {@code <uuid-2>} … numbered by first appearance
 *       in the document; key, headers and payload share the numbering, so "key = ce_subject = the payload's id"
 *       stays visible;</li>
 *   <li>RFC 3339 instants (a whole string value) by {@code <instant>};</li>
 *   <li>dates of the day the test runs (a whole string value, the day before or after included) by {@code <date>};</li>
 *   <li>a {@code traceparent} header in W3C format by {@code <traceparent>}; any other value is kept, so a change shows.</li>
 * </ul>
 * Everything else stays as the broker has it: header names, their order and number (a repeated name shows as an
 * array of its values), field names and order, values and their JSON types. Header values are read as UTF-8.
 *
 * <p>One exception to "order as produced": the entries of the objects named in {@link #UNORDERED} are sorted by key,
 * because the code published them in a different order from one JVM to the next when the golden files were captured
 * ({@code justifiedMissing} of NoticePublished/NoticeUpdated comes from {@code Map.copyOf}, whose iteration order is
 * salted per JVM). Their entries are compared, their order cannot be.
 */
final class CanonicalRecord {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TRACEPARENT = Pattern.compile("[0-9a-f]{2}-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}");
    /** Map-valued payload fields (at any depth) whose entry order varies from run to run in the current code. */
    static final Set<String> UNORDERED = Set.of("justifiedMissing");
    private final Map<String, String> uuids = new LinkedHashMap<>();
    private final Set<LocalDate> runDays;

    private CanonicalRecord(Set<LocalDate> runDays) {
        this.runDays = runDays;
    }

    /** @param runDays the dates that count as "today" (the run's day and its neighbours, in the zones that matter) */
    static String of(ConsumerRecord<String, byte[]> record, Set<LocalDate> runDays) {
        return new CanonicalRecord(runDays).document(record);
    }

    private String document(ConsumerRecord<String, byte[]> record) {
        ObjectNode document = JSON.createObjectNode();
        document.put("topic", record.topic());
        document.put("key", record.key() == null ? null : text(record.key()));
        ObjectNode headers = document.putObject("headers");
        for (Header header : record.headers()) {
            String value = header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
            JsonNode normalised = JSON.getNodeFactory().stringNode(value == null ? null : headerValue(header.key(), value));
            JsonNode earlier = headers.get(header.key());
            if (earlier == null) {
                headers.set(header.key(), normalised);
            } else {
                ArrayNode all = earlier.isArray() ? (ArrayNode) earlier : JSON.createArrayNode().add(earlier);
                headers.set(header.key(), all.add(normalised));
            }
        }
        document.set("payload", payload(record.value()));
        // The pretty printer ends lines the platform's way; golden files end them with \n everywhere.
        return JSON.writeValueAsString(document).replace("\r\n", "\n") + "\n";
    }

    private String headerValue(String name, String value) {
        if (name.equals("traceparent")) {
            return TRACEPARENT.matcher(value).matches() ? "<traceparent>" : value;
        }
        return text(value);
    }

    /** The payload as parsed JSON; a payload that is not JSON is kept as its text, so the difference shows. */
    private JsonNode payload(byte[] value) {
        if (value == null) {
            return JSON.nullNode();
        }
        try {
            return normalised(JSON.readTree(value));
        } catch (JacksonException notJson) {
            return JSON.getNodeFactory().stringNode(new String(value, StandardCharsets.UTF_8));
        }
    }

    private JsonNode normalised(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.properties().forEach(field -> copy.set(text(field.getKey()),
                    UNORDERED.contains(field.getKey()) && field.getValue().isObject() ? sorted(field.getValue()) : normalised(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.values().forEach(element -> copy.add(normalised(element)));
            return copy;
        }
        return node.isString() ? JSON.getNodeFactory().stringNode(text(node.asString())) : node;
    }

    private JsonNode sorted(JsonNode object) {
        ObjectNode copy = JSON.createObjectNode();
        object.properties().stream().sorted(Map.Entry.comparingByKey())
                .forEach(field -> copy.set(text(field.getKey()), normalised(field.getValue())));
        return copy;
    }

    private String text(String value) {
        if (INSTANT.matcher(value).matches()) {
            return "<instant>";
        }
        if (DATE.matcher(value).matches() && isRunDay(value)) {
            return "<date>";
        }
        Matcher uuid = UUID.matcher(value);
        StringBuilder replaced = new StringBuilder();
        while (uuid.find()) {
            String placeholder = uuids.computeIfAbsent(uuid.group().toLowerCase(), u -> "<uuid-" + (uuids.size() + 1) + ">");
            uuid.appendReplacement(replaced, Matcher.quoteReplacement(placeholder));
        }
        return uuid.appendTail(replaced).toString();
    }

    private boolean isRunDay(String date) {
        try {
            return runDays.contains(LocalDate.parse(date));
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }
}
