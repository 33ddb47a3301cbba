package org.samverkan.communications.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.samverkan.communications.notice.NoticeStatus;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.notice.NoticeView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Atom feed of public notices: one entry per notice, linking its page in every language and its CAP alert. A
 * notice no longer current says so with a category in {@link #STATUS_SCHEME} ({@code cancelled} with the reason as
 * label, or {@code replaced} with a {@code successor-version} link to the newer notice, RFC 5829), so no reader
 * takes it for a current one.
 */
final class AtomFeed {
    private static final Logger log = LoggerFactory.getLogger(AtomFeed.class);
    private static final String NS = "http://www.w3.org/2005/Atom";
    static final String STATUS_SCHEME = "urn:samverkan:notice-status";

    private AtomFeed() {
    }

    /** What one entry shows, checked before anything is written, so a notice that cannot be shown leaves no half entry. */
    private record Entry(NoticeView notice, NoticeText source) {
        static Entry of(NoticeView n) {
            NoticeText source = n.content().texts().get(n.content().sourceLanguage());
            if (!Texts.complete(source)) {
                throw new IllegalStateException("it has no complete text in its source language " + n.content().sourceLanguage());
            }
            if (n.publishedAt() == null || n.changedAt() == null) {
                throw new IllegalStateException("it has no publication time");
            }
            return new Entry(n, source);
        }
    }

    static String render(List<NoticeView> notices, String baseUrl, String municipality) {
        List<Entry> entries = new ArrayList<>(notices.size());
        for (NoticeView n : notices) {
            try {
                entries.add(Entry.of(n));
            } catch (RuntimeException e) {
                // Stored notices are not trusted to be valid: one that cannot be shown must not blank the feed.
                log.error("Notice {} is left out of the Atom feed: {}", n.id(), e.getMessage());
            }
        }
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            text(x, "id", "urn:samverkan:notices:" + municipality);
            text(x, "title", municipality + " – notices / meddelanden");
            text(x, "updated", entries.isEmpty() ? Instant.EPOCH.toString() : entries.getFirst().notice().changedAt().toString());
            link(x, "self", baseUrl + "/public/feeds/notices.atom", "application/atom+xml", null);
            for (Entry entry : entries) {
                NoticeView n = entry.notice();
                NoticeText source = entry.source();
                x.writeStartElement("entry");
                // The entry's title and summary are its source language's: readers and screen readers pick voice and direction by it.
                x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", n.content().sourceLanguage());
                text(x, "id", "urn:samverkan:notice:" + n.id());
                text(x, "title", n.status() == NoticeStatus.CANCELLED
                        ? cancelled(n.content().sourceLanguage()) + ": " + source.headline() : source.headline());
                text(x, "published", n.publishedAt().toString());
                text(x, "updated", n.changedAt().toString());
                x.writeStartElement("author");
                text(x, "name", municipality);
                x.writeEndElement();
                text(x, "summary", source.body());
                status(x, n, baseUrl);
                for (String language : Texts.shown(n)) {
                    link(x, "alternate", baseUrl + "/public/notices/" + n.id() + "/" + language, "text/html", language);
                }
                link(x, "related", baseUrl + "/public/notices/" + n.id() + "/cap.xml", "application/cap+xml", null);
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Atom feed", e);
        }
    }

    /** A reader that shows only titles must still see that a notice no longer holds. */
    private static String cancelled(String language) {
        return language.equals("sv") || language.startsWith("sv-") ? "Återkallat" : language.equals("en") ? "Cancelled" : "Återkallat / Cancelled";
    }

    private static void status(XMLStreamWriter x, NoticeView n, String baseUrl) throws XMLStreamException {
        if (n.status() == NoticeStatus.CANCELLED) {
            category(x, "cancelled", n.cancelReason());
        } else if (n.status() == NoticeStatus.UPDATED) {
            category(x, "replaced", null);
            if (n.replacedBy() != null) {
                link(x, "successor-version", baseUrl + "/public/notices/" + n.replacedBy() + "/" + n.content().sourceLanguage(),
                        "text/html", null);
            }
        } else {
            category(x, "current", null);
        }
    }

    private static void category(XMLStreamWriter x, String term, String label) throws XMLStreamException {
        x.writeEmptyElement("category");
        x.writeAttribute("scheme", STATUS_SCHEME);
        x.writeAttribute("term", term);
        if (label != null && !label.isBlank()) {
            x.writeAttribute("label", label);
        }
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type, String hreflang) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        x.writeAttribute("type", type);
        if (hreflang != null) {
            x.writeAttribute("hreflang", hreflang);
        }
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
