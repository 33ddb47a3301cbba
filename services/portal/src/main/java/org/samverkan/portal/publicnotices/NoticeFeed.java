package org.samverkan.portal.publicnotices;

import java.util.List;

import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Component;

/** The published notices, newest first, as the public Atom feed lists them (the feed keeps the latest 50). */
@Component
public class NoticeFeed {
    private final Services services;

    NoticeFeed(Services services) {
        this.services = services;
    }

    public List<NoticeSummary> current() {
        return Feeds.atom(services.publicCommunications().text("/public/feeds/notices.atom"));
    }
}
