package org.samverkan.portal.publicnotices;

import java.util.List;

import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Component;

/**
 * The public notices, newest first, as the public Atom feed lists them (the feed keeps the latest 50): current ones
 * and those since cancelled or replaced, each marked so.
 */
@Component
public class NoticeFeed {
    private final Services services;

    NoticeFeed(Services services) {
        this.services = services;
    }

    public List<NoticeSummary> latest() {
        return Feeds.atom(services.publicCommunications().text("/public/feeds/notices.atom"));
    }
}
