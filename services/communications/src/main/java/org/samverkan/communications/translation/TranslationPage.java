package org.samverkan.communications.translation;

import static org.samverkan.communications.delivery.LinkPage.escape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.samverkan.communications.delivery.LinkPage;
import org.samverkan.communications.notice.NoticeText;
import org.samverkan.platform.web.FieldProblem;
import org.springframework.http.HttpStatus;

/**
 * The translator's pages, in the style of the delivery link's: the source text to read, a form whose fields are set
 * to the target language's lang and dir (so an Arabic translation is typed right to left), the thank-you page, and
 * a refusal in words. Opening the page changes nothing; only sending the form does.
 */
final class TranslationPage {
    private TranslationPage() {
    }

    /**
     * @param sourceTag the notice's source language, with its own name and direction
     * @param language  the requested language's tag, its own name and direction
     */
    record Form(String requestId, String organizationId, String token, String organizationName, String municipality,
                String sourceTag, String sourceDir, NoticeText source, String language, String languageName, String dir,
                boolean answered) {
    }

    static String render(Form f) {
        StringBuilder html = LinkPage.head("Översättning / Translation");
        html.append("<p class=\"from\">Förfrågan från ").append(escape(f.municipality())).append(" till ")
                .append(escape(f.organizationName())).append(" / Request to ").append(escape(f.organizationName())).append("</p>\n")
                .append("<h1>Översätt till ").append(escape(f.languageName())).append(" / Translate into ")
                .append(escape(f.languageName())).append("</h1>\n");
        html.append("<section>\n<h2>Texten / The text</h2>\n<div lang=\"").append(escape(f.sourceTag())).append("\" dir=\"")
                .append(escape(f.sourceDir())).append("\">\n<p><strong>").append(escape(f.source().headline())).append("</strong></p>\n");
        paragraphs(html, f.source().body());
        if (f.source().instruction() != null && !f.source().instruction().isBlank()) {
            html.append("<p><em>");
            html.append(escape(f.source().instruction())).append("</em></p>\n");
        }
        html.append("</div>\n</section>\n");
        if (f.answered()) {
            html.append("<section>\n<p>Er förening har redan skickat en översättning; kommunen granskar den.</p>\n")
                    .append("<p lang=\"en\">Your organisation has already sent a translation; the municipality is reviewing it.</p>\n")
                    .append("</section>\n");
            return LinkPage.foot(html);
        }
        html.append("<section>\n<h2>Översättningen / The translation</h2>\n<form method=\"post\" action=\"")
                .append(escape(TranslationRequestMail.path(f.requestId(), f.organizationId()))).append("/translation").append(query(f.token()))
                .append("\">\n");
        String attributes = " lang=\"" + escape(f.language()) + "\" dir=\"" + escape(f.dir()) + "\"";
        html.append("<label for=\"headline\">").append(label("headline")).append("</label>\n")
                .append("<input id=\"headline\" name=\"headline\" maxlength=\"200\" required").append(attributes).append(">\n")
                .append("<label for=\"body\">").append(label("body")).append("</label>\n")
                .append("<textarea id=\"body\" name=\"body\" rows=\"10\" maxlength=\"10000\" required").append(attributes)
                .append(" style=\"font:inherit;width:100%;padding:8px\"></textarea>\n")
                .append("<label for=\"instruction\">").append(label("instruction")).append("</label>\n")
                .append("<textarea id=\"instruction\" name=\"instruction\" rows=\"3\" maxlength=\"4000\"").append(attributes)
                .append(" style=\"font:inherit;width:100%;padding:8px\"></textarea>\n")
                .append("<p>Skriv inga namn, telefonnummer eller personnummer. / Write no names, phone numbers or ID numbers.</p>\n")
                .append("<button>Skicka översättningen / Send the translation</button>\n</form>\n</section>\n");
        return LinkPage.foot(html);
    }

    static String thanks(String organizationName) {
        StringBuilder html = LinkPage.head("Tack / Thank you");
        html.append("<section>\n<h1>Tack! / Thank you!</h1>\n<p>Vi har fått översättningen från ").append(escape(organizationName))
                .append(". Kommunen granskar den innan den används.</p>\n<p lang=\"en\">We have received the translation from ")
                .append(escape(organizationName)).append(". The municipality reviews it before it is used.</p>\n</section>\n");
        return LinkPage.foot(html);
    }

    static String problem(HttpStatus status, String detail, List<FieldProblem> fields, String back) {
        boolean link = status == HttpStatus.FORBIDDEN;
        String title = link ? "Länken kan inte användas / The link cannot be used"
                : status == HttpStatus.CONFLICT ? "Redan skickad / Already sent"
                : status == HttpStatus.NOT_FOUND ? "Hittades inte / Not found" : "Något behöver rättas / Something needs correcting";
        StringBuilder html = LinkPage.head(title);
        html.append("<section class=\"problem\" role=\"alert\">\n<h1>").append(title).append("</h1>\n");
        if (fields.isEmpty()) {
            html.append("<p lang=\"en\">").append(escape(detail)).append("</p>\n");
        } else {
            html.append("<ul>\n");
            fields.forEach(p -> html.append("<li><strong>").append(label(p.field())).append(":</strong> ")
                    .append(escape(p.message())).append("</li>\n"));
            html.append("</ul>\n");
        }
        if (back != null) {
            html.append("<p><a href=\"").append(escape(back)).append("\">Tillbaka till formuläret / Back to the form</a></p>\n");
        }
        return LinkPage.foot(html.append("</section>\n"));
    }

    static String label(String field) {
        return switch (field) {
            case "headline" -> "Rubrik / Headline";
            case "body" -> "Text / Body";
            case "instruction" -> "Vad man ska göra (valfritt) / What to do (optional)";
            default -> escape(field);
        };
    }

    private static void paragraphs(StringBuilder html, String body) {
        for (String paragraph : body.split("\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph)).append("</p>\n");
            }
        }
    }

    static String query(String token) {
        return "?token=" + escape(URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8));
    }
}
