package org.samverkan.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed reads from a parsed YAML mapping that record a problem, with its line, instead of failing on the first. */
final class YamlFields {
    private final YamlLines lines;
    private final List<String> problems = new ArrayList<>();

    YamlFields(YamlLines lines) {
        this.lines = lines;
    }

    List<String> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add("line " + lines.of(path) + " (" + path + "): " + message);
    }

    void onlyKnownKeys(Map<String, Object> map, String path, Set<String> known) {
        for (String key : map.keySet()) {
            if (!known.contains(key)) {
                problem(join(path, key), "unknown key '" + key + "'; expected one of " + new java.util.TreeSet<>(known));
            }
        }
    }

    String string(Map<String, Object> map, String path, String key, boolean required) {
        Object value = map.get(key);
        if (value == null) {
            if (required) {
                problem(join(path, key), "'" + key + "' is required");
            }
            return null;
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            problem(join(path, key), "'" + key + "' must be text");
            return null;
        }
        String text = String.valueOf(value).strip();
        if (required && text.isEmpty()) {
            problem(join(path, key), "'" + key + "' must not be blank");
        }
        return text;
    }

    boolean bool(Map<String, Object> map, String path, String key) {
        Object value = map.get(key);
        if (value != null && !(value instanceof Boolean)) {
            problem(join(path, key), "'" + key + "' must be true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    int count(Map<String, Object> map, String path, String key) {
        Object value = map.getOrDefault(key, 0);
        if (!(value instanceof Integer n) || n < 0) {
            problem(join(path, key), "'" + key + "' must be a whole number of 0 or more");
            return 0;
        }
        return n;
    }

    Map<String, Double> shares(Map<String, Object> map, String path, String key) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : mapping(map, path, key).entrySet()) {
            String at = join(path, key) + "." + e.getKey();
            if (e.getValue() instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
                shares.put(e.getKey(), n.doubleValue());
            } else {
                problem(at, "share '" + e.getValue() + "' must be a number between 0 and 1");
            }
        }
        return shares;
    }

    Map<String, String> names(Map<String, Object> map, String path) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : mapping(map, path, "names").entrySet()) {
            if (e.getValue() instanceof String s && !s.isBlank()) {
                names.put(e.getKey(), s.strip());
            } else {
                problem(join(path, "names") + "." + e.getKey(), "a name must be non-blank text");
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> mapping(Map<String, Object> map, String path, String key) {
        Object value = map.get(key);
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        problem(join(path, key), "'" + key + "' must be a mapping of key: value");
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items(Map<String, Object> root, String key, boolean required) {
        Object value = root.get(key);
        if (value == null || value instanceof List<?> l && l.isEmpty()) {
            if (required) {
                problem(key, "'" + key + "' must list at least one entry");
            }
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(key, "'" + key + "' must be a list");
            return List.of();
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> m) {
                items.add((Map<String, Object>) m);
            } else {
                problem(key + "[" + i + "]", "each entry must be a mapping (code: …, name: …)");
                items.add(Map.of());
            }
        }
        return items;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
