package org.samverkan.communications.delivery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.samverkan.communications.organization.OrganizationCopy;

/**
 * Who receives a notice: verified organisations whose reach includes a target area and — when the notice names
 * target groups — reaches at least one of them. Languages do not exclude anyone (an organisation gets the texts in
 * the languages it uses, and the municipality's main language and its easy-read variant always), so a partner is never
 * left out for want of a translation.
 */
final class Recipients {
    private Recipients() {
    }

    static boolean receives(OrganizationCopy org, Collection<String> areas, Collection<String> groups) {
        return org.receivesNoticesFor(areas, groups);
    }

    /** The notice's languages this organisation should get, those everyone gets ({@code always}) first. */
    static List<String> languagesFor(OrganizationCopy org, Collection<String> noticeLanguages, List<String> always) {
        List<String> languages = new ArrayList<>();
        always.stream().filter(noticeLanguages::contains).forEach(languages::add);
        org.languages().stream().filter(noticeLanguages::contains).filter(l -> !languages.contains(l)).forEach(languages::add);
        return languages;
    }
}
