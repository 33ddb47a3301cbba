package org.samverkan.reference;

import java.util.HashMap;
import java.util.Map;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The line each value of a YAML document starts on, by path ({@code areas[2].languageShares.ar}), for error messages. */
final class YamlLines {
    private final Map<String, Integer> lines = new HashMap<>();

    YamlLines(Node root) {
        if (root != null) {
            walk("", root);
        }
    }

    /** The 1-based line of the value at this path, or of the nearest enclosing value that has one. */
    int of(String path) {
        String p = path;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return 1;
    }

    private void walk(String path, Node node) {
        lines.put(path, node.getStartMark().getLine() + 1);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    lines.put(child, key.getStartMark().getLine() + 1);
                    walkValue(child, tuple.getValueNode());
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                walk(path + "[" + i + "]", sequence.getValue().get(i));
            }
        }
    }

    private void walkValue(String path, Node node) {
        int keyLine = lines.get(path);
        walk(path, node);
        lines.put(path, Math.min(keyLine, lines.get(path)));
    }
}
