package org.samverkan.communications.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.samverkan.communications.notice.NoticeStatus;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.notice.NoticeView;

/**
 * An Atom feed of public notices: one entry per notice, linking its page in every language and its CAP alert. A
 * notice no longer current says so with a category in {@link #STATUS_SCHEME} ({@code cancelled} with the reason as
 * label, or {@code replaced} with a {@code successor-version} link to the newer notice, RFC 5829), so no reader
 * takes it for a current one.
 */
final class AtomFeed {
    private static final String NS = "http://www.w3.org/2005/Atom";
    static final String STATUS_SCHEME = "urn:samverkan:notice-status";

    private AtomFeed() {
    }

    static String render(List<NoticeView> notices, String baseUrl, String municipality) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            text(x, "id", "urn:samverkan:notices:" + municipality);
            text(x, "title", municipality + " – notices / meddelanden");
            text(x, "updated", notices.isEmpty() ? Instant.EPOCH.toString() : notices.getFirst().changedAt().toString());
            link(x, "self", baseUrl + "/public/feeds/notices.atom", "application/atom+xml", null);
            for (NoticeView n : notices) {
                NoticeText source = n.content().texts().get(n.content().sourceLanguage());
                x.writeStartElement("entry");
                text(x, "id", "urn:samverkan:notice:" + n.id());
                text(x, "title", source.headline());
                text(x, "published", n.publishedAt().toString());
                text(x, "updated", n.changedAt().toString());
                x.writeStartElement("author");
                text(x, "name", municipality);
                x.writeEndElement();
                text(x, "summary", source.body());
                status(x, n, baseUrl);
                for (String language : n.content().texts().keySet()) {
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
