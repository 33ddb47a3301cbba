package org.samverkan.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.samverkan.platform.test.EventCatalogue;

/**
 * The golden files in the source tree ({@value #DIRECTORY}): one canonical record per event type, named by the
 * simple name of its {@code ce_type} ({@code org.samverkan.inventory.NeedRaised} → {@code NeedRaised.json}).
 * They are read from and written to the source tree, not the classpath, so a rewrite is what the next run compares.
 */
final class GoldenFiles {
    static final String DIRECTORY = "services/end-to-end-tests/src/test/resources/golden-events";
    private static final int CONTEXT = 3;
    private final Path directory;

    private GoldenFiles(Path directory) {
        this.directory = directory;
    }

    /** The golden files of the repository this test runs in (its root is where docs/asyncapi.yaml lives). */
    static GoldenFiles ofThisRepository() {
        Path root = EventCatalogue.locate(Path.of("")).getParent().getParent();
        return new GoldenFiles(root.resolve(DIRECTORY));
    }

    static String fileName(String ceType) {
        return ceType.substring(ceType.lastIndexOf('.') + 1) + ".json";
    }

    Path fileOf(String ceType) {
        return directory.resolve(fileName(ceType));
    }

    Optional<String> read(String ceType) {
        Path file = fileOf(ceType);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String ceType, String document) {
        try {
            Files.createDirectories(directory);
            Files.writeString(fileOf(ceType), document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the golden files there are. */
    Set<String> fileNames() {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).collect(TreeSet::new, Set::add, Set::addAll);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A line diff of two documents: {@code -} lines only in the golden file, {@code +} lines only in the record,
     * {@value #CONTEXT} unchanged lines around each change, {@code …} for the unchanged lines left out.
     */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add("  " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                lines.add("- " + a.get(i++));
            } else {
                lines.add("+ " + b.get(j++));
            }
        }
        StringBuilder out = new StringBuilder();
        boolean skipping = false;
        for (int k = 0; k < lines.size(); k++) {
            if (nearAChange(lines, k)) {
                out.append("    ").append(lines.get(k)).append('\n');
                skipping = false;
            } else if (!skipping) {
                out.append("      …\n");
                skipping = true;
            }
        }
        return out.toString();
    }

    private static boolean nearAChange(List<String> lines, int k) {
        for (int n = Math.max(0, k - CONTEXT); n <= Math.min(lines.size() - 1, k + CONTEXT); n++) {
            if (!lines.get(n).startsWith("  ")) {
                return true;
            }
        }
        return false;
    }
}
