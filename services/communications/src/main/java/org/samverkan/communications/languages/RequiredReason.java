package org.samverkan.communications.languages;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Why one language is required, in a form an interface renders in its own language with names: the kind, the
 * language, and — by kind — the target area with its share and the threshold, or the verified organisations
 * reaching a target area in it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequiredReason(Kind kind, String language, String area, Double share, Double threshold,
                             List<Organization> organizations) {

    public enum Kind { AREA_SHARE, LEGALLY_REQUIRED, EASY_READ, ORGANIZATIONS_REACH, REQUESTED }

    /** An organisation named in a reason: its id and its name as communications' copy holds it. */
    public record Organization(String id, String name) {
    }

    static RequiredReason share(String language, String area, double share, double threshold) {
        return new RequiredReason(Kind.AREA_SHARE, language, area, share, threshold, null);
    }

    static RequiredReason reachedBy(String language, List<Organization> organizations) {
        return new RequiredReason(Kind.ORGANIZATIONS_REACH, language, null, null, null, List.copyOf(organizations));
    }

    static RequiredReason of(Kind kind, String language) {
        return new RequiredReason(kind, language, null, null, null, null);
    }

    /** The short English texts of the older {@code required} field (one per organisation), kept for API clients. */
    List<String> texts() {
        return switch (kind) {
            case AREA_SHARE -> List.of("share %.2f in %s exceeds %.2f".formatted(share, area, threshold));
            case LEGALLY_REQUIRED -> List.of("legally required");
            case EASY_READ -> List.of("the easy-read text is always required");
            case REQUESTED -> List.of("requested for the counter-message");
            case ORGANIZATIONS_REACH -> organizations.stream().map(o -> "verified organisation " + o.id() + " reaches the target in it").toList();
        };
    }
}
