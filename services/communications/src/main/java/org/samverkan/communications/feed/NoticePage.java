package org.samverkan.communications.feed;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import org.samverkan.communications.notice.NoticeStatus;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.communications.notice.NoticeView;
import org.samverkan.reference.Language;
import org.samverkan.reference.ReferenceData;

/**
 * A notice in one language as plain server-rendered HTML: readable without JavaScript, by screen readers and on old
 * phones. {@code lang} and {@code dir} are set so right-to-left scripts render and are read correctly.
 */
final class NoticePage {
    private NoticePage() {
    }

    /** The exercise or test banner, followed by {@code after}; nothing for an actual alert. */
    private static String drill(NoticeView n, String after) {
        return n.content().capStatus().drill() ? htmlEscape(n.content().capStatus().banner()) + after : "";
    }

    static String render(NoticeView n, String language, ReferenceData reference) {
        NoticeText t = n.content().texts().get(language);
        boolean rtl = reference.language(language).map(Language::rightToLeft).orElse(false);
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(htmlEscape(language)).append("\" dir=\"")
                .append(rtl ? "rtl" : "ltr").append("\">\n<head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(drill(n, " ")).append(htmlEscape(t.headline())).append("</title></head>\n<body>\n<main>\n");
        if (n.content().capStatus().drill()) {
            html.append("<p role=\"alert\" class=\"exercise\"><strong>").append(drill(n, ""))
                    .append(" – inte ett verkligt meddelande / not a real alert</strong></p>\n");
        }
        if (n.status() == NoticeStatus.CANCELLED) {
            html.append("<p role=\"alert\"><strong>CANCELLED / INSTÄLLT</strong></p>\n");
        } else if (n.status() == NoticeStatus.UPDATED) {
            html.append("<p role=\"alert\"><a href=\"/public/notices/").append(htmlEscape(n.replacedBy())).append("/")
                    .append(htmlEscape(language)).append("\">UPDATED / UPPDATERAT</a></p>\n");
        }
        html.append("<h1>").append(htmlEscape(t.headline())).append("</h1>\n");
        html.append("<p>").append(htmlEscape(t.body()).replace("\n", "<br>")).append("</p>\n");
        if (t.instruction() != null && !t.instruction().isBlank()) {
            html.append("<p><strong>").append(htmlEscape(t.instruction())).append("</strong></p>\n");
        }
        n.content().media().stream().filter(m -> m.language().equals(language)).forEach(m -> html.append("<p><a href=\"")
                .append(htmlEscape(m.url())).append("\">").append(m.kind() == org.samverkan.communications.notice.MediaLink.Kind.AUDIO
                        ? "Audio" : "Sign language / Teckenspråk").append("</a></p>\n"));
        html.append("</main>\n<nav><ul>\n");
        for (String other : Texts.shown(n)) {
            Language l = reference.language(other).orElse(null);
            html.append("<li><a lang=\"").append(htmlEscape(other)).append("\" hreflang=\"").append(htmlEscape(other))
                    .append("\" dir=\"").append(l != null && l.rightToLeft() ? "rtl" : "ltr").append("\" href=\"/public/notices/")
                    .append(htmlEscape(n.id())).append("/").append(htmlEscape(other)).append("\">")
                    .append(htmlEscape(l == null ? other : l.name())).append("</a></li>\n");
        }
        return html.append("</ul></nav>\n</body>\n</html>\n").toString();
    }
}
