package org.samverkan.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a municipality's reference data from YAML (docs/reference-data.md; reference-data/huddinge.yaml is the
 * sample) and refuses a file with problems, naming each with its line, so a service never starts on half-valid data.
 */
final class ReferenceDataLoader {
    private ReferenceDataLoader() {
    }

    static ReferenceData load(Resource resource) {
        String text;
        try (InputStream in = resource.getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Reference data " + resource.getDescription() + " cannot be read: " + e.getMessage(), e);
        }
        return parse(text, resource.getDescription());
    }

    @SuppressWarnings("unchecked")
    static ReferenceData parse(String text, String source) {
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        Node tree;
        Object data;
        try {
            tree = yaml.compose(new java.io.StringReader(text));
            data = yaml.load(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new InvalidReferenceDataException(source, List.of("line " + line + ": not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            throw new InvalidReferenceDataException(source, List.of("not valid YAML: " + e.getMessage()));
        }
        if (!(data instanceof Map<?, ?> root)) {
            throw new InvalidReferenceDataException(source, List.of("line 1: the file must be a mapping with municipality, areas, languages, targetGroups, channelKinds and resourceTypes"));
        }
        YamlFields fields = new YamlFields(new YamlLines(tree));
        ReferenceData read = new ReferenceDataReader(fields).read((Map<String, Object>) root);
        if (!fields.problems().isEmpty()) {
            throw new InvalidReferenceDataException(source, fields.problems());
        }
        return read;
    }
}
