package org.samverkan.portal.publicnotices;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the communications service's public Atom feed and CAP alerts — the same open channels any resident's
 * feed reader uses, so the public pages need no token and show exactly what is public.
 */
final class Feeds {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CAP = "urn:oasis:names:tc:emergency:cap:1.2";
    private static final String NOTICE_URN = "urn:samverkan:notice:";
    /** The communications service marks notices no longer current with a category in this scheme. */
    private static final String STATUS_SCHEME = "urn:samverkan:notice-status";
    private static final Pattern NOTICE_PATH = Pattern.compile(".*/public/notices/([^/]+)/[^/]+$");

    private Feeds() {
    }

    static List<NoticeSummary> atom(String xml) {
        List<NoticeSummary> notices = new ArrayList<>();
        NodeList entries = parse(xml).getElementsByTagNameNS(ATOM, "entry");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            Set<String> languages = new LinkedHashSet<>();
            String successor = null;
            NodeList links = entry.getElementsByTagNameNS(ATOM, "link");
            for (int l = 0; l < links.getLength(); l++) {
                Element link = (Element) links.item(l);
                if ("alternate".equals(link.getAttribute("rel")) && link.hasAttribute("hreflang")) {
                    languages.add(link.getAttribute("hreflang"));
                }
                Matcher newer = NOTICE_PATH.matcher(link.getAttribute("href"));
                if ("successor-version".equals(link.getAttribute("rel")) && newer.matches()) {
                    successor = newer.group(1);
                }
            }
            String id = text(entry, ATOM, "id");
            Element status = status(entry);
            notices.add(new NoticeSummary(id.startsWith(NOTICE_URN) ? id.substring(NOTICE_URN.length()) : id,
                    text(entry, ATOM, "title"), text(entry, ATOM, "summary"),
                    Instant.parse(text(entry, ATOM, "published")), List.copyOf(languages),
                    NoticeSummary.State.of(status == null ? "" : status.getAttribute("term")),
                    status == null ? "" : status.getAttribute("label"), successor));
        }
        return notices;
    }

    static PublicNotice cap(String id, String xml) {
        Element alert = parse(xml).getDocumentElement();
        List<PublicNotice.Text> texts = new ArrayList<>();
        NodeList infos = alert.getElementsByTagNameNS(CAP, "info");
        for (int i = 0; i < infos.getLength(); i++) {
            Element info = (Element) infos.item(i);
            List<String> areas = new ArrayList<>();
            NodeList areaNodes = info.getElementsByTagNameNS(CAP, "area");
            for (int a = 0; a < areaNodes.getLength(); a++) {
                areas.add(text((Element) areaNodes.item(a), CAP, "areaDesc"));
            }
            texts.add(new PublicNotice.Text(text(info, CAP, "language"), text(info, CAP, "event"),
                    text(info, CAP, "headline"), text(info, CAP, "description"), text(info, CAP, "instruction"),
                    text(info, CAP, "urgency"), text(info, CAP, "severity"), areas));
        }
        return new PublicNotice(id, text(alert, CAP, "msgType"), text(alert, CAP, "sent"), text(alert, CAP, "note"),
                replacedBy(alert), texts, text(alert, CAP, "status"));
    }

    private static Element status(Element entry) {
        NodeList categories = entry.getElementsByTagNameNS(ATOM, "category");
        for (int c = 0; c < categories.getLength(); c++) {
            Element category = (Element) categories.item(c);
            if (STATUS_SCHEME.equals(category.getAttribute("scheme"))) {
                return category;
            }
        }
        return null;
    }

    /** The newer notice an updated one points to (CAP parameter samverkan-replaced-by), or null. */
    private static String replacedBy(Element alert) {
        NodeList parameters = alert.getElementsByTagNameNS(CAP, "parameter");
        for (int p = 0; p < parameters.getLength(); p++) {
            Element parameter = (Element) parameters.item(p);
            if ("samverkan-replaced-by".equals(text(parameter, CAP, "valueName"))) {
                return text(parameter, CAP, "value");
            }
        }
        return null;
    }

    private static String text(Element parent, String ns, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ns, name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("Unreadable feed from the communications service", e);
        }
    }
}
