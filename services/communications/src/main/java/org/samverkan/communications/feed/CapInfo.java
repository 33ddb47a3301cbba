package org.samverkan.communications.feed;

import static org.samverkan.communications.feed.CapDocument.text;

import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.samverkan.communications.notice.MediaLink;
import org.samverkan.communications.notice.NoticeStatus;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.notice.NoticeView;
import org.samverkan.reference.Area;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.Term;

/** One language of a notice as a CAP 1.2 {@code <info>}, its elements in the order the schema demands. */
final class CapInfo {
    /** Public-alerting receivers cut or refuse longer headlines (CAP 1.2 §3.2.2 recommends 160, most use 140). */
    static final int HEADLINE_LIMIT = 140;
    /** How a district is named across systems, with the municipality's official code beside it; its outline, if the reference data has one. */
    static final String AREA_CODE = "samverkan-area";
    static final String MUNICIPALITY_CODE = "SE-kommunkod";

    private CapInfo() {
    }

    static void write(XMLStreamWriter x, NoticeView n, String language, NoticeText text, CapSettings settings,
                      ReferenceData reference) throws XMLStreamException {
        var c = n.content();
        x.writeStartElement("info");
        text(x, "language", language);
        text(x, "category", c.category().name());
        text(x, "event", c.incident());
        text(x, "urgency", c.urgency().name());
        text(x, "severity", c.severity().name());
        text(x, "certainty", c.certainty().name());
        if (!c.targetGroups().isEmpty()) {
            text(x, "audience", c.targetGroups().stream()
                    .map(g -> reference.targetGroups().stream().filter(t -> t.code().equals(g)).map(Term::name).findFirst().orElse(g))
                    .collect(Collectors.joining(", ")));
        }
        text(x, "expires", CapTime.of(CapDocument.sent(n).plus(settings.validity())));
        text(x, "senderName", settings.senderName() == null || settings.senderName().isBlank()
                ? reference.municipality() : settings.senderName());
        text(x, "headline", headline(text.headline()));
        text(x, "description", text.body());
        if (text.instruction() != null && !text.instruction().isBlank()) {
            text(x, "instruction", text.instruction());
        }
        text(x, "web", settings.webBaseUrl() + "/public/notices/" + n.id() + "/" + language);
        if (n.status() == NoticeStatus.UPDATED && n.replacedBy() != null) {
            // CAP has no "superseded by" in the older alert (the newer Update references it); this points forward.
            x.writeStartElement("parameter");
            text(x, "valueName", "samverkan-replaced-by");
            text(x, "value", n.replacedBy());
            x.writeEndElement();
        }
        for (MediaLink media : c.media()) {
            if (media.language().equals(language)) {
                boolean audio = media.kind() == MediaLink.Kind.AUDIO;
                x.writeStartElement("resource");
                text(x, "resourceDesc", audio ? "audio" : "sign-language video");
                text(x, "mimeType", audio ? "audio/mpeg" : "video/mp4");
                text(x, "uri", media.url());
                x.writeEndElement();
            }
        }
        for (String code : c.areas()) {
            area(x, code, reference);
        }
        x.writeEndElement();
    }

    private static void area(XMLStreamWriter x, String code, ReferenceData reference) throws XMLStreamException {
        x.writeStartElement("area");
        var area = reference.area(code);
        text(x, "areaDesc", area.map(Area::name).orElse(code));
        for (var outline : area.map(Area::outlines).orElse(java.util.List.of())) {
            // CAP 1.2 §3.3.2: "latitude,longitude" pairs separated by spaces, the first and last the same (WGS84).
            text(x, "polygon", outline.stream().map(p -> p[1] + "," + p[0]).collect(Collectors.joining(" ")));
        }
        if (reference.municipalityCode().isPresent()) {
            geocode(x, MUNICIPALITY_CODE, reference.municipalityCode().get());
        }
        geocode(x, AREA_CODE, code);
        x.writeEndElement();
    }

    private static void geocode(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement("geocode");
        text(x, "valueName", name);
        text(x, "value", value);
        x.writeEndElement();
    }

    /** Cut at a word boundary with an ellipsis; the full headline stays on the public page and in the description. */
    static String headline(String headline) {
        String h = headline.strip();
        if (h.codePointCount(0, h.length()) <= HEADLINE_LIMIT) {
            return h;
        }
        String cut = h.substring(0, h.offsetByCodePoints(0, HEADLINE_LIMIT - 1));
        int space = cut.lastIndexOf(' ');
        return (space > HEADLINE_LIMIT / 2 ? cut.substring(0, space) : cut).stripTrailing() + "…";
    }
}
