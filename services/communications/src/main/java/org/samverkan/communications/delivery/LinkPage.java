package org.samverkan.communications.delivery;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.samverkan.platform.web.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.UriUtils;

/**
 * The pages a delivery link opens, made for a phone: the form to confirm receipt and report a relay (choices from the
 * reference data, not typed codes), the thank-you page after either, and a page that says in words which field to
 * correct. Opening the form changes nothing (mail scanners follow links); only submitting it does. Plain HTML and
 * inline CSS, no JavaScript.
 */
public final class LinkPage {
    private static final String CSS = """
            *{box-sizing:border-box}body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;\
            font-size:18px;line-height:1.5;color:#1a1a1a;background:#f6f6f6}main{max-width:36em;margin:0 auto;padding:16px}\
            h1{font-size:1.4em;line-height:1.25;margin:.2em 0 .6em}h2{font-size:1.1em;margin:0 0 .5em}\
            section{background:#fff;border:1px solid #d0d0d0;border-radius:8px;padding:16px;margin:0 0 16px}\
            label{display:block;font-weight:600;margin:12px 0 4px}input,select,button{font:inherit;width:100%;min-height:48px}\
            input,select{padding:8px;border:1px solid #767676;border-radius:6px;background:#fff}\
            button{margin-top:16px;border:0;border-radius:6px;background:#005a9c;color:#fff;font-weight:600;cursor:pointer}\
            button:focus,input:focus,select:focus,a:focus{outline:3px solid #ffbf47;outline-offset:2px}a{color:#005a9c}\
            .from{color:#505050;margin:0}.problem{border-color:#b00020}.problem h1{color:#b00020}""";

    private LinkPage() {
    }

    /** One option of a select: its code, the words shown, and for a language its own lang and dir. */
    record Choice(String code, String label, String lang, String dir) {
        Choice(String code, String label) {
            this(code, label, null, null);
        }
    }

    /**
     * @param municipality          whose notice it is, in Swedish ("Huddinge kommun")
     * @param municipalityInEnglish the same for the English words beside it ("Huddinge Municipality")
     * @param headline              what was delivered, in words (null if no longer published)
     * @param readLink              the public page of the notice, or null (a situation update has none)
     */
    record Form(String noticeId, String organizationId, String token, String municipality, String municipalityInEnglish,
                String headline, String readLink, List<Choice> languages, List<Choice> channels, List<Choice> areas) {
    }

    static String render(Form f) {
        String base = base(f.noticeId(), f.organizationId());
        String query = query(f.token());
        StringBuilder html = head(f.headline() == null ? "Bekräfta / Confirm" : f.headline());
        html.append("<p class=\"from\">Meddelande från ").append(escape(f.municipality())).append(" / Notice from ")
                .append(escape(f.municipalityInEnglish())).append("</p>\n<h1>")
                .append(escape(f.headline() == null ? "Meddelandet / The notice" : f.headline())).append("</h1>\n");
        if (f.readLink() != null) {
            html.append("<p><a href=\"").append(escape(f.readLink())).append("\">Läs meddelandet / Read the notice</a></p>\n");
        }
        html.append("<section>\n<h2>Vi har tagit emot det / We received it</h2>\n<form method=\"post\" action=\"").append(base)
                .append("/acknowledgement").append(query).append("\"><button>Bekräfta mottagandet / Confirm receipt</button></form>\n")
                .append("</section>\n<section>\n<h2>Vi förde det vidare / We passed it on</h2>\n<form method=\"post\" action=\"")
                .append(base).append("/relays").append(query).append("\">\n")
                .append("<label for=\"people\">Ungefär hur många personer / About how many people</label>\n")
                .append("<input id=\"people\" name=\"people\" type=\"number\" min=\"1\" max=\"1000000\" inputmode=\"numeric\" required>\n");
        select(html, "language", "Språk / Language", f.languages());
        select(html, "channel", "Kanal / Channel", f.channels());
        select(html, "area", "Område / Area", f.areas());
        html.append("<button>Rapportera / Report</button>\n</form>\n</section>\n");
        return foot(html);
    }

    /** After a confirmation or a relay report: said in words, with the way back to report another. */
    static String thanks(String noticeId, String organizationId, String token, boolean relay) {
        StringBuilder html = head("Tack / Thank you");
        html.append("<section>\n<h1>Tack! / Thank you!</h1>\n<p>")
                .append(relay ? "Vi har fått er rapport om hur ni förde meddelandet vidare." : "Vi har fått er bekräftelse.")
                .append("</p>\n<p lang=\"en\">")
                .append(relay ? "We have received your report of how you passed the notice on." : "We have received your confirmation.")
                .append("</p>\n<p><a href=\"").append(base(noticeId, organizationId)).append(query(token))
                .append("\">Rapportera en spridning till / Report another relay</a></p>\n</section>\n");
        return foot(html);
    }

    /** A refusal in words, naming each field to correct, with the way back to the form where there is one. */
    static String problem(HttpStatus status, String detail, List<FieldProblem> fields, String noticeId, String organizationId,
                          String token) {
        boolean link = status == HttpStatus.FORBIDDEN;
        StringBuilder html = head(link ? "Länken kan inte användas / The link cannot be used" : "Något behöver rättas / Something needs correcting");
        html.append("<section class=\"problem\" role=\"alert\">\n<h1>")
                .append(link ? "Länken kan inte användas / The link cannot be used"
                        : status == HttpStatus.NOT_FOUND ? "Hittades inte / Not found" : "Något behöver rättas / Something needs correcting")
                .append("</h1>\n");
        if (link) {
            html.append("<p>Be kommunen om ett nytt meddelande med en ny länk. / Ask the municipality for a new message with a new link.</p>\n");
        }
        if (fields.isEmpty()) {
            html.append("<p lang=\"en\">").append(escape(detail)).append("</p>\n");
        } else {
            html.append("<ul>\n");
            fields.forEach(p -> html.append("<li><strong>").append(escape(label(p.field()))).append(":</strong> ")
                    .append(escape(words(p))).append("</li>\n"));
            html.append("</ul>\n");
        }
        if (!link && token != null) {
            html.append("<p><a href=\"").append(base(noticeId, organizationId)).append(query(token))
                    .append("\">Tillbaka till formuläret / Back to the form</a></p>\n");
        }
        return foot(html.append("</section>\n"));
    }

    /** The form's fields by the words on the form. */
    static String label(String field) {
        return switch (field) {
            case "people" -> "Ungefär hur många personer / About how many people";
            case "language" -> "Språk / Language";
            case "channel" -> "Kanal / Channel";
            case "area" -> "Område / Area";
            case "token" -> "Länken / The link";
            case "relays" -> "Rapporter / Reports";
            default -> field;
        };
    }

    private static String words(FieldProblem p) {
        return switch (p.field()) {
            case "people" -> "Ange ett heltal från 1 till 1 000 000 / Enter a whole number from 1 to 1,000,000";
            case "language", "channel", "area" -> "Välj ett av alternativen i listan / Choose one of the options in the list";
            default -> p.message();
        };
    }

    private static void select(StringBuilder html, String name, String label, List<Choice> choices) {
        html.append("<label for=\"").append(name).append("\">").append(label).append("</label>\n<select id=\"").append(name)
                .append("\" name=\"").append(name).append("\" required>\n<option value=\"\">Välj / Choose</option>\n");
        for (Choice c : choices) {
            html.append("<option value=\"").append(escape(c.code())).append("\"");
            if (c.lang() != null) {
                html.append(" lang=\"").append(escape(c.lang())).append("\" dir=\"").append(escape(c.dir())).append("\"");
            }
            html.append(">").append(escape(c.label())).append("</option>\n");
        }
        html.append("</select>\n");
    }

    /** The page's head and the start of its main part: phone viewport, noindex, the links' shared style. */
    public static StringBuilder head(String title) {
        return new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                // The link's token is in the page's URL: no referrer carries it to another site.
                .append("<meta name=\"robots\" content=\"noindex\"><meta name=\"referrer\" content=\"no-referrer\"><title>").append(escape(title)).append("</title>\n<style>")
                .append(CSS).append("</style></head>\n<body>\n<main>\n");
    }

    public static String foot(StringBuilder html) {
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String base(String noticeId, String organizationId) {
        return "/public/notices/" + escape(UriUtils.encodePathSegment(noticeId, StandardCharsets.UTF_8)) + "/deliveries/"
                + escape(UriUtils.encodePathSegment(organizationId, StandardCharsets.UTF_8));
    }

    private static String query(String token) {
        return "?token=" + escape(URLEncoder.encode(token == null ? "" : token, StandardCharsets.UTF_8));
    }

    /** Only the characters that mean markup: the rest stays readable UTF-8. */
    public static String escape(String text) {
        return htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
