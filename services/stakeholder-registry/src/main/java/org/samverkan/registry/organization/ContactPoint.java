package org.samverkan.registry.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.samverkan.platform.screening.NeverInEvents;

/**
 * A functional way to reach the organisation itself (its mailbox, switchboard or website), not a person. Kept out
 * of events all the same: a small group's "functional" number is often somebody's own phone.
 */
@NeverInEvents("registry events leave contact points out; they are kept on the organisation's record")
public record ContactPoint(@NotNull Kind kind, @NotBlank @Size(max = 200) String value) {
    public enum Kind { EMAIL, PHONE, WEBSITE }
}
