package org.samverkan.communications.delivery;

import static org.springframework.web.util.HtmlUtils.htmlEscape;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The page a delivery link opens. Opening it changes nothing (mail scanners follow links); only submitting a
 * form does. Plain HTML, no JavaScript.
 */
final class LinkPage {
    private LinkPage() {
    }

    static String render(String noticeId, String organizationId, String token) {
        String base = "/public/notices/" + htmlEscape(noticeId) + "/deliveries/" + htmlEscape(organizationId);
        String query = "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return """
                <!DOCTYPE html>
                <html lang="sv" dir="ltr"><head><meta charset="utf-8"><title>Bekräfta / Confirm</title></head><body><main>
                <h1>Meddelande %s</h1>
                <p><a href="/public/notices/%s/sv">Läs meddelandet / Read the notice</a></p>
                <form method="post" action="%s/acknowledgement%s"><button>Vi har tagit emot det / We received it</button></form>
                <h2>Vi förde det vidare / We passed it on</h2>
                <form method="post" action="%s/relays%s">
                <label>Ungefär hur många personer / About how many people <input name="people" type="number" min="1" required></label>
                <label>Språk / Language (t.ex. ti) <input name="language" required></label>
                <label>Kanal / Channel (t.ex. prayer-gathering) <input name="channel" required></label>
                <label>Område / Area (t.ex. flemingsberg) <input name="area" required></label>
                <button>Rapportera / Report</button></form>
                </main></body></html>
                """.formatted(htmlEscape(noticeId), htmlEscape(noticeId), base, query, base, query);
    }
}
