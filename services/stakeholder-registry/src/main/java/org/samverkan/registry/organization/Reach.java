package org.samverkan.registry.organization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.Code;

/**
 * Who an organisation can reach: the areas it serves, the languages it can communicate in (BCP 47 tags), the
 * target groups it reaches, and its channels with an estimate of people reached through each. All codes come from
 * the municipality's reference data.
 */
public record Reach(
        @Size(max = 50) @Code List<String> areas,
        @Size(max = 50) @Code List<String> languages,
        @Size(max = 50) @Code List<String> targetGroups,
        @Size(max = 30) List<@Valid Channel> channels) {

    public static final Reach NONE = new Reach(List.of(), List.of(), List.of(), List.of());

    public Reach {
        areas = distinct(areas);
        languages = distinct(languages);
        targetGroups = distinct(targetGroups);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** A channel such as a WhatsApp group or Friday prayer, and roughly how many people it reaches. */
    public record Channel(@NotBlank @Code String kind, @NotNull @Min(0) @jakarta.validation.constraints.Max(10_000_000) Integer estimatedReach) {
    }

    /** People reached through all channels together: the figure the coverage matrix attributes to each cell. */
    public int estimatedPeople() {
        return channels.stream().mapToInt(c -> c.estimatedReach() == null ? 0 : c.estimatedReach()).sum();
    }

    /** The union of two organisations' reach, as a merge keeps it; the same channel kind keeps the larger estimate. */
    public Reach union(Reach other) {
        List<Channel> merged = new ArrayList<>(channels);
        for (Channel c : other.channels) {
            int i = indexOfKind(merged, c.kind());
            if (i < 0) {
                merged.add(c);
            } else if (c.estimatedReach() > merged.get(i).estimatedReach()) {
                merged.set(i, c);
            }
        }
        return new Reach(concat(areas, other.areas), concat(languages, other.languages),
                concat(targetGroups, other.targetGroups), merged);
    }

    private static int indexOfKind(List<Channel> channels, String kind) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).kind().equals(kind)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<String> distinct(List<String> codes) {
        return codes == null ? List.of() : List.copyOf(new LinkedHashSet<>(codes.stream().filter(java.util.Objects::nonNull).toList()));
    }
}
