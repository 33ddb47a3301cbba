package org.samverkan.communications.delivery;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.samverkan.communications.languages.LanguageNames;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.notice.NoticeView;
import org.samverkan.communications.situation.SituationUpdateView;
import org.samverkan.reference.ReferenceData;
import org.springframework.web.util.UriUtils;

/**
 * What an intermediary receives, made to be passed on: a greeting, the notice in each of its languages headed by that
 * language's own name, what to do, and per language the public page's link to forward in chats and at gatherings;
 * last the signed link to acknowledge and report relays. As plain text and as HTML (each language's section with its
 * {@code lang} and {@code dir}), the same content; the SMS is the headline and the signed link. A situation update
 * is the same way, in Swedish and English headings.
 *
 * @param html null where the message has no HTML form (then the e-mail is plain text only)
 */
record DeliveryMessage(String subject, String text, String html, String sms) {
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final String NOT_REAL = " – inte ett verkligt meddelande / not a real alert";
    private static final String SHARE = "Länk att dela i chattar och på samlingar / Link to share in chats and at gatherings";
    private static final String CONFIRM = "Bekräfta mottagandet och berätta hur ni förde det vidare / Confirm receipt and report how you passed it on";
    private static final String STYLE = "margin:0;padding:16px;max-width:40em;font-family:system-ui,-apple-system,'Segoe UI',Roboto,"
            + "Arial,sans-serif;font-size:17px;line-height:1.5;color:#1a1a1a;background:#ffffff";
    private static final String SECTION = "border-top:1px solid #c8c8c8;margin-top:16px;padding-top:8px";

    /** What a notice's message needs besides the notice: the reference data (names, directions) and the portal's public pages. */
    record Setting(ReferenceData reference, String portalBaseUrl) {
        Setting {
            portalBaseUrl = portalBaseUrl == null ? "" : portalBaseUrl.replaceAll("/+$", "");
        }

        /** The portal's public page of the notice in one language: what residents open from a forwarded link. */
        String publicPage(String noticeId, String language) {
            return portalBaseUrl + "/public/notices/" + UriUtils.encodePathSegment(noticeId, StandardCharsets.UTF_8) + "/"
                    + UriUtils.encodePathSegment(language, StandardCharsets.UTF_8);
        }
    }

    static DeliveryMessage of(NoticeView notice, List<String> languages, String link, Setting setting) {
        var texts = notice.content().texts();
        NoticeText source = texts.get(notice.content().sourceLanguage());
        if (!complete(source)) {
            throw new Unrenderable("notice " + notice.id() + " has no complete text in its source language "
                    + notice.content().sourceLanguage());
        }
        ReferenceData reference = setting.reference();
        LanguageNames names = new LanguageNames(reference);
        List<String> shown = (languages.isEmpty() ? List.of(notice.content().sourceLanguage()) : languages).stream()
                .filter(language -> complete(texts.get(language))).toList();
        String drill = notice.content().capStatus().drill() ? notice.content().capStatus().banner() : "";
        String prefix = drill.isEmpty() ? "" : "[" + drill + "] ";
        String subject = prefix + subject(notice, shown, reference, source);

        StringBuilder text = new StringBuilder();
        StringBuilder html = head(subject);
        if (!drill.isEmpty()) {
            text.append(drill).append(NOT_REAL).append("\n\n");
            html.append("<p role=\"alert\" style=\"background:#fff3cd;border:2px solid #8a6d00;padding:8px\"><strong>")
                    .append(escape(drill + NOT_REAL)).append("</strong></p>\n");
        }
        String swedishGreeting = "Hej! Här kommer ett meddelande från " + reference.about().displayName(SWEDISH)
                + ". Vi ber er föra det vidare till dem ni når, på deras språk. Under varje språk finns en länk till"
                + " meddelandet på webben att dela i chattar och på samlingar.";
        String englishGreeting = "Hello! Here is a notice from " + reference.about().displayName(Locale.ENGLISH)
                + ". Please pass it on to the people you reach, in their languages. Under each language is a link to the"
                + " notice on the web to share in chats and at gatherings.";
        text.append(swedishGreeting).append("\n").append(englishGreeting).append("\n\n");
        html.append("<p>").append(escape(swedishGreeting)).append("</p>\n<p lang=\"en\">").append(escape(englishGreeting))
                .append("</p>\n");

        for (String language : shown) {
            NoticeText t = texts.get(language);
            String name = names.own(language);
            String page = setting.publicPage(notice.id(), language);
            text.append("== ").append(name).append(" ==\n\n").append(t.headline()).append("\n\n").append(t.body()).append("\n");
            html.append("<section lang=\"").append(escape(language)).append("\" dir=\"").append(names.direction(language))
                    .append("\" style=\"").append(SECTION).append("\">\n<h2 style=\"font-size:1em;color:#505050;margin:0\">")
                    .append(escape(name)).append("</h2>\n<h3 style=\"font-size:1.3em;margin:4px 0\">").append(escape(t.headline()))
                    .append("</h3>\n<p>").append(lines(t.body())).append("</p>\n");
            if (t.instruction() != null && !t.instruction().isBlank()) {
                text.append("\n").append(t.instruction()).append("\n");
                html.append("<p><strong>").append(lines(t.instruction())).append("</strong></p>\n");
            }
            text.append("\n").append(SHARE).append(":\n").append(page).append("\n\n----\n\n");
            html.append("<p lang=\"sv\" dir=\"ltr\" style=\"font-size:0.9em\">").append(escape(SHARE)).append(":<br><a href=\"")
                    .append(escape(page)).append("\">").append(escape(page)).append("</a></p>\n</section>\n");
        }
        text.append(CONFIRM).append(":\n").append(link).append("\n");
        html.append("<section style=\"").append(SECTION).append("\">\n<p>").append(escape(CONFIRM)).append(":<br><a href=\"")
                .append(escape(link)).append("\">").append(escape(link)).append("</a></p>\n</section>\n</body>\n</html>\n");
        return new DeliveryMessage(subject, text.toString(), html.toString(), prefix + source.headline() + " " + link);
    }

    static DeliveryMessage of(SituationUpdateView update, String link) {
        var r = update.report();
        String subject = "Lägesbild: " + r.title();
        String body = "Lägesbild / Situation update – " + r.incident() + "\n\n" + r.title() + "\n\n" + r.situation() + "\n"
                + section("Vidtagna åtgärder / Measures taken", r.measuresTaken())
                + section("Nästa steg / Next steps", r.nextSteps())
                + "\nBekräfta mottagandet / Confirm receipt:\n" + link + "\n";
        StringBuilder html = head(subject).append("<p style=\"color:#505050;margin:0\">Lägesbild / Situation update – ")
                .append(escape(r.incident())).append("</p>\n<h1 style=\"font-size:1.3em;margin:4px 0\">").append(escape(r.title()))
                .append("</h1>\n<p>").append(lines(r.situation())).append("</p>\n");
        htmlSection(html, "Vidtagna åtgärder / Measures taken", r.measuresTaken());
        htmlSection(html, "Nästa steg / Next steps", r.nextSteps());
        html.append("<section style=\"").append(SECTION).append("\">\n<p>Bekräfta mottagandet / Confirm receipt:<br><a href=\"")
                .append(escape(link)).append("\">").append(escape(link)).append("</a></p>\n</section>\n</body>\n</html>\n");
        return new DeliveryMessage(subject, body, html.toString(), subject + " " + link);
    }

    /** The HTML document up to the start of its content: Swedish, left to right, readable on a phone. */
    private static StringBuilder head(String subject) {
        return new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").append(escape(subject))
                .append("</title></head>\n<body style=\"").append(STYLE).append("\">\n");
    }

    private static void htmlSection(StringBuilder html, String heading, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<h2 style=\"font-size:1.1em;margin:16px 0 4px\">").append(escape(heading)).append("</h2>\n<p>")
                    .append(lines(text)).append("</p>\n");
        }
    }

    /**
     * The headline in the municipality's main language, and that of the first of the organisation's other languages
     * ("Värmestuga öppnar – مركز تدفئة يفتح"), so the message is recognised in the inbox by those who read either.
     */
    private static String subject(NoticeView notice, List<String> shown, ReferenceData reference, NoticeText source) {
        var texts = notice.content().texts();
        NoticeText main = texts.get(reference.mainLanguage());
        String first = complete(main) ? main.headline() : source.headline();
        List<String> swedish = new ArrayList<>(List.of(reference.mainLanguage()));
        reference.easyRead().ifPresent(swedish::add);
        return shown.stream().filter(language -> !swedish.contains(language)).map(language -> texts.get(language).headline())
                .filter(headline -> !headline.isBlank() && !headline.equals(first)).findFirst()
                .map(second -> first + " – " + second).orElse(first);
    }

    /** Stored notices are not trusted to be valid: a text without headline or body is not sent. */
    private static boolean complete(NoticeText t) {
        return t != null && t.headline() != null && t.body() != null;
    }

    /** Only the characters that mean markup are escaped: the rest stays readable UTF-8 (العربية, not entities). */
    private static String escape(String text) {
        return htmlEscape(text == null ? "" : text, "UTF-8");
    }

    private static String lines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br>\n");
    }

    /** The message cannot be made from what is stored; trying again will not change that. */
    static final class Unrenderable extends RuntimeException {
        Unrenderable(String reason) {
            super(reason);
        }
    }

    private static String section(String heading, String text) {
        return text == null || text.isBlank() ? "" : "\n" + heading + ":\n" + text + "\n";
    }
}
