package org.samverkan.communications.feed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.Optional;

import org.samverkan.communications.notice.NoticeView;

/**
 * A notice and the earlier notices it replaced, newest first: an Update or Cancel alert references every earlier
 * alert of its chain, so a receiver that missed one still retires them all.
 */
record CapChain(NoticeView notice, List<NoticeView> earlier) {
    /** Far more updates than a real notice gets; bounds the walk should stored data ever form a loop. */
    private static final int LONGEST = 100;

    static CapChain of(NoticeView notice, Function<String, Optional<NoticeView>> find) {
        List<NoticeView> earlier = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(notice.id()));
        String previous = notice.content().replaces();
        while (previous != null && earlier.size() < LONGEST && seen.add(previous)) {
            Optional<NoticeView> found = find.apply(previous);
            if (found.isEmpty()) {
                break;
            }
            earlier.add(found.get());
            previous = found.get().content().replaces();
        }
        return new CapChain(notice, List.copyOf(earlier));
    }
}
