package org.samverkan.followup.privacy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Code lists as follow-up stores them: no nulls, no blanks, no duplicates, in the caller's order. */
public final class Codes {
    private Codes() {
    }

    public static List<String> clean(Collection<String> codes) {
        return codes == null ? List.of() : List.copyOf(new LinkedHashSet<>(codes.stream().map(c -> c == null ? null : c.strip())
                .filter(c -> c != null && !c.isEmpty()).toList()));
    }
}
