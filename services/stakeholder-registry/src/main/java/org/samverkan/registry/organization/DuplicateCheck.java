package org.samverkan.registry.organization;

import java.util.List;

/**
 * Checks a new or renamed organisation against the others by name. Registration asks; the duplicates feature
 * answers (it judges similarity, keeps the flags and resolves them by merging), so this feature does not depend
 * on it.
 */
public interface DuplicateCheck {
    /** Flags every similar, not merged organisation other than this one; returns the ids it was flagged against. */
    List<String> flagSimilarNames(String organizationId, String name);
}
