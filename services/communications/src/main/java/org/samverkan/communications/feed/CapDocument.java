package org.samverkan.communications.feed;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * A notice as an OASIS CAP 1.2 alert with one {@code <info>} per language. An update is msgType Update and a
 * cancelled notice is rendered as its Cancel message; both reference every earlier alert of the chain
 * ({@link CapChain}). Beyond the schema it follows what public-alerting receivers check: UTC as "-00:00",
 * {@code <expires>}, {@code <senderName>}, {@code <web>}, a headline of at most 140 characters, {@code <audience>}
 * for targeted groups and a geocode for every area.
 */
final class CapDocument {
    private static final Logger log = LoggerFactory.getLogger(CapDocument.class);
    static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";

    private CapDocument() {
    }

    static String identifier(String noticeId) {
        return "samverkan-notice-" + noticeId;
    }

    static String render(CapChain chain, CapSettings settings, ReferenceData reference) {
        NoticeView n = chain.notice();
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("alert");
            x.writeDefaultNamespace(NS);
            boolean cancelled = n.status() == NoticeStatus.CANCELLED;
            text(x, "identifier", cancelled ? identifier(n.id()) + "-cancel" : identifier(n.id()));
            text(x, "sender", settings.sender());
            text(x, "sent", CapTime.of(sent(n)));
            text(x, "status", n.content().capStatus().name());
            text(x, "msgType", cancelled ? "Cancel" : chain.earlier().isEmpty() ? "Alert" : "Update");
            text(x, "scope", "Public");
            if (cancelled) {
                text(x, "note", n.cancelReason());
            }
            List<NoticeView> referenced = cancelled ? Stream.concat(Stream.of(n), chain.earlier().stream()).toList() : chain.earlier();
            if (!referenced.isEmpty()) {
                text(x, "references", referenced.stream().map(r -> reference(settings.sender(), r)).collect(Collectors.joining(" ")));
            }
            text(x, "incidents", n.content().incident().replaceAll("\\s+", "_"));
            for (Map.Entry<String, NoticeText> t : n.content().texts().entrySet()) {
                if (Texts.complete(t.getValue())) {
                    CapInfo.write(x, n, t.getKey(), t.getValue(), settings, reference);
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

    /** When this notice's alert was sent: its publication, or for a cancelled one the cancellation. */
    static java.time.Instant sent(NoticeView n) {
        return n.status() == NoticeStatus.CANCELLED ? n.changedAt() : n.publishedAt();
    }

    /** CAP's reference to the alert a notice was published as: sender,identifier,sent. */
    private static String reference(String sender, NoticeView notice) {
        return sender + "," + identifier(notice.id()) + "," + CapTime.of(notice.publishedAt());
    }

    static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value == null ? "" : value);
        x.writeEndElement();
    }
}
