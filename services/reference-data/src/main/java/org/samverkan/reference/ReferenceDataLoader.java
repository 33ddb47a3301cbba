package org.samverkan.reference;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads a municipality's reference data from YAML (see reference-data/huddinge.yaml for the format). */
final class ReferenceDataLoader {
    private ReferenceDataLoader() {
    }

    @SuppressWarnings("unchecked")
    static ReferenceData load(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new ReferenceData(
                    (String) root.get("municipality"),
                    root.get("municipalityCode") == null ? null : String.valueOf(root.get("municipalityCode")),
                    Boolean.TRUE.equals(root.get("illustrative")),
                    list(root, "areas").stream().map(ReferenceDataLoader::area).toList(),
                    list(root, "languages").stream().map(ReferenceDataLoader::language).toList(),
                    list(root, "targetGroups").stream().map(ReferenceDataLoader::term).toList(),
                    list(root, "channelKinds").stream().map(ReferenceDataLoader::term).toList(),
                    list(root, "resourceTypes").stream().map(ReferenceDataLoader::term).toList());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Reference data " + resource + " could not be read: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> root, String key) {
        Object value = root.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Area area(Map<String, Object> m) {
        return new Area((String) m.get("code"), (String) m.get("name"), ((Number) m.getOrDefault("population", 0)).intValue(),
                shares((Map<String, Object>) m.get("languageShares")), shares((Map<String, Object>) m.get("groupShares")));
    }

    private static Map<String, Double> shares(Map<String, Object> m) {
        if (m == null) {
            return Map.of();
        }
        return m.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> ((Number) e.getValue()).doubleValue()));
    }

    private static Language language(Map<String, Object> m) {
        return new Language((String) m.get("tag"), (String) m.get("name"),
                "rtl".equalsIgnoreCase(String.valueOf(m.getOrDefault("direction", "ltr"))) ? Language.Direction.RTL : Language.Direction.LTR,
                Boolean.TRUE.equals(m.get("legallyRequired")), Boolean.TRUE.equals(m.get("nationalMinority")));
    }

    private static Term term(Map<String, Object> m) {
        return new Term((String) m.get("code"), (String) m.get("name"), (String) m.get("description"));
    }
}
