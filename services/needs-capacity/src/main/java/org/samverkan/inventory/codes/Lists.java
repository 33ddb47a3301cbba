package org.samverkan.inventory.codes;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Code lists as the inventory stores them: no nulls, no duplicates, in the caller's order. */
public final class Lists {
    private Lists() {
    }

    public static List<String> clean(Collection<String> codes) {
        return codes == null ? List.of() : List.copyOf(new LinkedHashSet<>(codes.stream().map(c -> c == null ? null : c.strip())
                .filter(c -> c != null && !c.isEmpty()).toList()));
    }
}
