package org.samverkan.communications.feed;

import java.io.StringWriter;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.samverkan.communications.notice.NoticeStatus;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.notice.NoticeView;
import org.samverkan.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A notice as an OASIS CAP 1.2 alert with one {@code <info>} per language. An update is msgType Update and
 * references the alert it replaces; a cancelled notice is rendered as its Cancel message referencing the original.
 */
final class CapDocument {
    private static final Logger log = LoggerFactory.getLogger(CapDocument.class);
    static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";

    private CapDocument() {
    }

    static String identifier(String noticeId) {
        return "samverkan-notice-" + noticeId;
    }

    static String reference(String sender, NoticeView notice) {
        return sender + "," + identifier(notice.id()) + "," + CapTime.of(notice.publishedAt());
    }

    static String render(NoticeView n, NoticeView replaced, String sender, ReferenceData reference) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("alert");
            x.writeDefaultNamespace(NS);
            boolean cancelled = n.status() == NoticeStatus.CANCELLED;
            text(x, "identifier", cancelled ? identifier(n.id()) + "-cancel" : identifier(n.id()));
            text(x, "sender", sender);
            text(x, "sent", CapTime.of(cancelled ? n.changedAt() : n.publishedAt()));
            text(x, "status", "Actual");
            text(x, "msgType", cancelled ? "Cancel" : replaced != null ? "Update" : "Alert");
            text(x, "scope", "Public");
            if (cancelled) {
                text(x, "note", n.cancelReason());
                text(x, "references", reference(sender, n));
            } else if (replaced != null) {
                text(x, "references", reference(sender, replaced));
            }
            text(x, "incidents", n.content().incident().replace(' ', '_'));
            for (Map.Entry<String, NoticeText> t : n.content().texts().entrySet()) {
                if (Texts.complete(t.getValue())) {
                    info(x, n, t.getKey(), t.getValue(), reference);
                } else {
                    // Stored notices are not trusted to be valid: the other languages are still published.
                    log.error("Notice {} has no complete text in {}; its CAP alert leaves that language out", n.id(), t.getKey());
                }
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write CAP for notice " + n.id(), e);
        }
    }

    private static void info(XMLStreamWriter x, NoticeView n, String language, NoticeText text, ReferenceData reference)
            throws XMLStreamException {
        var c = n.content();
        x.writeStartElement("info");
        text(x, "language", language);
        text(x, "category", c.category().name());
        text(x, "event", c.incident());
        text(x, "urgency", c.urgency().name());
        text(x, "severity", c.severity().name());
        text(x, "certainty", c.certainty().name());
        text(x, "headline", text.headline());
        text(x, "description", text.body());
        if (text.instruction() != null && !text.instruction().isBlank()) {
            text(x, "instruction", text.instruction());
        }
        if (n.status() == NoticeStatus.UPDATED && n.replacedBy() != null) {
            // CAP has no "superseded by" in the older alert (the newer Update references it); this points forward.
            // A parameter comes before resource and area in CAP 1.2's element order.
            x.writeStartElement("parameter");
            text(x, "valueName", "samverkan-replaced-by");
            text(x, "value", n.replacedBy());
            x.writeEndElement();
        }
        for (var media : c.media()) {
            if (media.language().equals(language)) {
                x.writeStartElement("resource");
                text(x, "resourceDesc", media.kind() == org.samverkan.communications.notice.MediaLink.Kind.AUDIO ? "audio" : "sign-language video");
                text(x, "mimeType", media.kind() == org.samverkan.communications.notice.MediaLink.Kind.AUDIO ? "audio/mpeg" : "video/mp4");
                text(x, "uri", media.url());
                x.writeEndElement();
            }
        }
        for (String area : c.areas()) {
            x.writeStartElement("area");
            text(x, "areaDesc", reference.area(area).map(a -> a.name()).orElse(area));
            x.writeStartElement("geocode");
            text(x, "valueName", "samverkan-area");
            text(x, "value", area);
            x.writeEndElement();
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }
}
