package org.samverkan.platform.test;

import java.io.IOException;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.samverkan.platform.events.EventType;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The event catalogue ({@value #LOCATION}, AsyncAPI 3.0) as a test fixture, so the published contract cannot
 * drift from the code. For every event record (annotated with {@link EventType}) it checks that the catalogue has
 * a message
 * <ul>
 *   <li>whose {@code ce_type} header is a {@code const} equal to the annotation value,</li>
 *   <li>whose payload schema's properties are exactly the record's components (the JSON field names: no missing,
 *       no extra), with a matching JSON type and, for enums, exactly the enum's constants,</li>
 *   <li>on a channel whose address (and Kafka binding topic, where given) is the record's topic: the
 *       {@code public static final String TOPIC} of the record or of a class it is nested in;</li>
 * </ul>
 * and that every message the catalogue lists on those topics has a record (no stale entries).
 *
 * <p>Use from a producing service's tests:
 * <pre>{@code
 * List<Class<?>> events = EventCatalogue.eventClassesIn("org.samverkan.registry");
 * EventCatalogue.load().assertDescribes(events);
 * }</pre>
 */
public final class EventCatalogue {
    /** Where the catalogue lives, relative to the repository root. */
    public static final String LOCATION = "docs/asyncapi.yaml";
    /** Naming convention for the topic an event type is published to. */
    public static final String TOPIC_FIELD = "TOPIC";

    private final Path file;
    private final Map<String, Object> root;
    private final List<Message> messages;

    private EventCatalogue(Path file, Map<String, Object> root) {
        this.file = file;
        this.root = root;
        this.messages = readMessages();
    }

    /** Loads the catalogue of the repository this test runs in (found from the working directory upwards). */
    public static EventCatalogue load() {
        return load(locate(Path.of("").toAbsolutePath()));
    }

    public static EventCatalogue load(Path asyncApiFile) {
        try (Reader reader = Files.newBufferedReader(asyncApiFile, StandardCharsets.UTF_8)) {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new IllegalStateException(asyncApiFile + " is not a YAML mapping");
            }
            Object version = map.get("asyncapi");
            if (version == null || !String.valueOf(version).startsWith("3.")) {
                throw new IllegalStateException(asyncApiFile + " is not an AsyncAPI 3 document (asyncapi: " + version + ")");
            }
            return new EventCatalogue(asyncApiFile, cast(map));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the event catalogue " + asyncApiFile, e);
        }
    }

    /** Walks up from {@code start} to the first directory that contains {@value #LOCATION}. */
    public static Path locate(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(LOCATION);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + LOCATION + " in " + start.toAbsolutePath() + " or any parent directory");
    }

    /**
     * Every class in {@code basePackage} or below that is annotated with {@link EventType}, nested classes
     * included (event records usually sit inside an {@code XxxEvents} holder), sorted by name.
     */
    public static List<Class<?>> eventClassesIn(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                // The default would skip non-static inner classes silently; take every annotated class, so a
                // misplaced annotation is reported instead of ignored. Nested records are static anyway.
                return true;
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class, false, false));
        ClassLoader loader = EventCatalogue.class.getClassLoader();
        List<Class<?>> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(basePackage)) {
            try {
                found.add(ClassUtils.forName(Objects.requireNonNull(candidate.getBeanClassName()), loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("Scanned but cannot load " + candidate.getBeanClassName(), e);
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    public Path file() {
        return file;
    }

    /** The {@code ce_type} of every message in the catalogue. */
    public Set<String> eventTypes() {
        // Messages without a ce_type (the dead-letter channel's) are not event types; a TreeSet refuses null.
        Set<String> types = new TreeSet<>();
        messages.stream().map(Message::ceType).filter(Objects::nonNull).forEach(types::add);
        return types;
    }

    /** The {@code ce_type}s the catalogue lists on one topic (channel address). */
    public Set<String> typesOn(String topic) {
        Set<String> types = new TreeSet<>();
        messages.stream().filter(m -> topic.equals(m.address())).map(Message::ceType).filter(Objects::nonNull).forEach(types::add);
        return types;
    }

    /** Fails with every discrepancy between the catalogue and the given event classes, or does nothing. */
    public void assertDescribes(Collection<Class<?>> eventClasses) {
        List<String> problems = problems(eventClasses);
        if (!problems.isEmpty()) {
            throw new AssertionError("The event catalogue " + file + " does not match the code:\n  - "
                    + String.join("\n  - ", problems));
        }
    }

    /** Every discrepancy between the catalogue and the given event classes; empty when they agree. */
    public List<String> problems(Collection<Class<?>> eventClasses) {
        List<String> problems = new ArrayList<>();
        Map<String, List<Message>> byType = new LinkedHashMap<>();
        for (Message m : messages) {
            if (m.ceType() == null) {
                if (m.eventMessage()) {
                    problems.add("message " + m.name() + " on channel " + m.address() + " has no ce_type const in its headers");
                }
                continue;
            }
            byType.computeIfAbsent(m.ceType(), t -> new ArrayList<>()).add(m);
        }
        Set<String> codeTopics = new LinkedHashSet<>();
        Set<String> codeTypes = new LinkedHashSet<>();
        for (Class<?> type : eventClasses) {
            EventType annotation = type.getAnnotation(EventType.class);
            if (annotation == null) {
                problems.add(type.getName() + " is not annotated with @EventType");
                continue;
            }
            String ceType = annotation.value();
            codeTypes.add(ceType);
            String topic = topicOf(type);
            if (topic == null) {
                problems.add(type.getName() + ": no public static final String " + TOPIC_FIELD
                        + " on the record or an enclosing class, so its topic is unknown");
            } else {
                codeTopics.add(topic);
            }
            List<Message> described = byType.getOrDefault(ceType, List.of());
            if (described.isEmpty()) {
                problems.add(ceType + " (" + type.getName() + "): no message in the catalogue has ce_type " + ceType);
                continue;
            }
            if (described.stream().map(Message::name).distinct().count() > 1) {
                problems.add(ceType + ": described by several messages " + described.stream().map(Message::name).distinct().toList());
            }
            if (topic != null && described.stream().noneMatch(m -> topic.equals(m.address()))) {
                problems.add(ceType + ": the code publishes it to topic " + topic + ", the catalogue lists it on "
                        + described.stream().map(Message::address).distinct().toList());
            }
            for (Message m : described) {
                if (m.bindingTopic() != null && !m.bindingTopic().equals(m.address())) {
                    problems.add("channel " + m.address() + ": kafka binding topic " + m.bindingTopic() + " differs from its address");
                }
            }
            problems.addAll(payloadProblems(type, ceType, described.getFirst()));
        }
        for (Message m : messages) {
            if (m.ceType() != null && codeTopics.contains(m.address()) && !codeTypes.contains(m.ceType())) {
                problems.add(m.ceType() + ": listed on " + m.address() + " in the catalogue but no @EventType record has that type (stale entry?)");
            }
        }
        return List.copyOf(new LinkedHashSet<>(problems));
    }

    // ---------------------------------------------------------------------------------------------- payload

    private List<String> payloadProblems(Class<?> type, String ceType, Message message) {
        List<String> problems = new ArrayList<>();
        if (!type.isRecord()) {
            problems.add(ceType + ": " + type.getName() + " is not a record; event data must be a record");
            return problems;
        }
        Map<String, Object> payload = message.payload();
        if (payload == null) {
            problems.add(ceType + ": message " + message.name() + " has no payload schema");
            return problems;
        }
        Map<String, Object> properties = map(payload.get("properties"));
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (!jsonIgnored(component)) {
                components.put(jsonName(component), component);
            }
        }
        Set<String> missing = new TreeSet<>(components.keySet());
        missing.removeAll(properties.keySet());
        Set<String> extra = new TreeSet<>(properties.keySet());
        extra.removeAll(components.keySet());
        if (!missing.isEmpty()) {
            problems.add(ceType + ": payload schema lacks field(s) " + missing + " of " + type.getName());
        }
        if (!extra.isEmpty()) {
            problems.add(ceType + ": payload schema has field(s) " + extra + " that " + type.getName() + " does not have");
        }
        for (Object required : list(payload.get("required"))) {
            if (!properties.containsKey(String.valueOf(required))) {
                problems.add(ceType + ": payload schema requires " + required + " but does not define it");
            }
        }
        components.forEach((name, component) -> {
            if (properties.containsKey(name)) {
                String problem = typeProblem(component.getType(), resolve(map(properties.get(name))));
                if (problem != null) {
                    problems.add(ceType + ": field " + name + " " + problem);
                }
            }
        });
        return problems;
    }

    /** Null when the schema fits the Java type as Jackson writes it, else what is wrong. */
    private String typeProblem(Class<?> javaType, Map<String, Object> schema) {
        String expected = jsonType(javaType);
        if (expected == null) {
            return null;
        }
        Set<String> declared = new LinkedHashSet<>();
        Object t = schema.get("type");
        if (t instanceof Collection<?> c) {
            c.forEach(v -> declared.add(String.valueOf(v)));
        } else if (t != null) {
            declared.add(String.valueOf(t));
        }
        if (!declared.contains(expected) && !(expected.equals("integer") && declared.contains("number"))) {
            return "is " + javaType.getSimpleName() + " (JSON " + expected + ") but the schema says type " + declared;
        }
        if (javaType.isPrimitive() && declared.contains("null")) {
            return "is a primitive " + javaType.getName() + " and can never be null, but the schema allows null";
        }
        if (javaType.isEnum()) {
            List<String> constants = Arrays.stream(javaType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> listed = list(schema.get("enum")).stream().filter(Objects::nonNull).map(String::valueOf).toList();
            if (!new TreeSet<>(constants).equals(new TreeSet<>(listed))) {
                return "is enum " + javaType.getSimpleName() + " " + constants + " but the schema lists " + listed;
            }
        }
        if (isDateTime(javaType) && !"date-time".equals(schema.get("format"))) {
            return "is " + javaType.getSimpleName() + " but the schema lacks format: date-time";
        }
        return null;
    }

    private static String jsonType(Class<?> type) {
        Class<?> t = ClassUtils.resolvePrimitiveIfNecessary(type);
        if (t == String.class || t == UUID.class || t == Character.class || t.isEnum() || isDateTime(t) || t == LocalDate.class) {
            return "string";
        }
        if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class || t == java.math.BigInteger.class) {
            return "integer";
        }
        if (t == Double.class || t == Float.class || t == java.math.BigDecimal.class) {
            return "number";
        }
        if (t == Boolean.class) {
            return "boolean";
        }
        if (t.isArray() || Collection.class.isAssignableFrom(t)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(t) || t.isRecord()) {
            return "object";
        }
        return null;
    }

    private static boolean isDateTime(Class<?> t) {
        return t == Instant.class || t == OffsetDateTime.class || t == ZonedDateTime.class;
    }

    private static String jsonName(RecordComponent component) {
        for (AnnotatedElement element : new AnnotatedElement[]{component, component.getAccessor()}) {
            for (Annotation a : element.getAnnotations()) {
                if (a.annotationType().getName().equals("com.fasterxml.jackson.annotation.JsonProperty")) {
                    try {
                        String value = (String) a.annotationType().getMethod("value").invoke(a);
                        if (value != null && !value.isEmpty()) {
                            return value;
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return component.getName();
    }

    private static boolean jsonIgnored(RecordComponent component) {
        return Arrays.stream(component.getAccessor().getAnnotations()).anyMatch(a ->
                a.annotationType().getName().equals("com.fasterxml.jackson.annotation.JsonIgnore"))
                || Arrays.stream(component.getAnnotations()).anyMatch(a ->
                a.annotationType().getName().equals("com.fasterxml.jackson.annotation.JsonIgnore"));
    }

    /** The record's own TOPIC constant, else that of the class it is nested in (and so on outwards). */
    static String topicOf(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            try {
                Field field = c.getDeclaredField(TOPIC_FIELD);
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                    field.setAccessible(true);
                    return (String) field.get(null);
                }
            } catch (NoSuchFieldException e) {
                // look further out
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("Cannot read " + c.getName() + "." + TOPIC_FIELD, e);
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------- reading AsyncAPI

    private record Message(String name, String address, String bindingTopic, String ceType, Map<String, Object> payload,
                           boolean eventMessage) {
    }

    private List<Message> readMessages() {
        List<Message> result = new ArrayList<>();
        map(root.get("channels")).forEach((channelId, c) -> {
            Map<String, Object> channel = resolve(map(c));
            String address = channel.get("address") == null ? channelId : String.valueOf(channel.get("address"));
            Object topic = map(map(channel.get("bindings")).get("kafka")).get("topic");
            map(channel.get("messages")).forEach((messageId, m) -> {
                Map<String, Object> message = resolve(map(m));
                String name = message.get("name") == null ? messageId : String.valueOf(message.get("name"));
                Map<String, Object> headers = resolve(map(message.get("headers")));
                Set<String> ceTypes = new LinkedHashSet<>();
                collectConst(headers, "ce_type", ceTypes, 0);
                if (ceTypes.size() > 1) {
                    throw new IllegalStateException("Message " + name + " declares several ce_type values " + ceTypes);
                }
                Map<String, Object> payload = message.get("payload") == null ? null : resolve(map(message.get("payload")));
                boolean eventMessage = payload != null && payload.get("properties") != null;
                result.add(new Message(name, address, topic == null ? null : String.valueOf(topic),
                        ceTypes.isEmpty() ? null : ceTypes.iterator().next(), payload, eventMessage));
            });
        });
        return result;
    }

    /** Finds {@code properties.<header>.const} (or a one-value enum) in a headers schema, through allOf and $ref. */
    private void collectConst(Map<String, Object> schema, String header, Set<String> into, int depth) {
        if (schema.isEmpty() || depth > 20) {
            return;
        }
        Map<String, Object> property = resolve(map(map(schema.get("properties")).get(header)));
        if (property.get("const") != null) {
            into.add(String.valueOf(property.get("const")));
        } else if (list(property.get("enum")).size() == 1) {
            into.add(String.valueOf(list(property.get("enum")).getFirst()));
        }
        for (Object part : list(schema.get("allOf"))) {
            collectConst(resolve(map(part)), header, into, depth + 1);
        }
    }

    /** Follows local {@code $ref}s ({@code #/components/...}); other keys next to a $ref are ignored. */
    private Map<String, Object> resolve(Map<String, Object> node) {
        Map<String, Object> current = node;
        for (int hops = 0; current.get("$ref") != null; hops++) {
            String ref = String.valueOf(current.get("$ref"));
            if (hops > 20 || !ref.startsWith("#/")) {
                throw new IllegalStateException("Cannot follow $ref " + ref + " in " + file + " (only local references are supported)");
            }
            Object target = root;
            for (String token : ref.substring(2).split("/")) {
                target = map(target).get(token.replace("~1", "/").replace("~0", "~"));
            }
            if (target == null) {
                throw new IllegalStateException("Dangling $ref " + ref + " in " + file);
            }
            current = map(target);
        }
        return current;
    }

    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? cast(m) : Map.of();
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
