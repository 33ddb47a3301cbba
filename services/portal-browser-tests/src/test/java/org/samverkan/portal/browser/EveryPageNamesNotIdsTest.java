package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page each user group can reach by following links from its start page, after the data a crisis in
 * progress has (a verified organisation with an offer and a commitment, a need, a published notice delivered to it):
 * the Swedish interface shows no UUID and no internal code (an enum constant, a language tag such as sv-x-lattlast,
 * a raw map) in its text. Ids may be in links and in {@code <code>} elements, which are there for a person to copy.
 * (Each page's accessibility is checked by the scenario tests that open it; this walks many more pages quickly.)
 */
class EveryPageNamesNotIdsTest extends BrowserTest {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** An enum constant (IN_REVIEW, PENDING …), a private-use language tag, a Java map or record printed raw. */
    private static final Pattern CODE = Pattern.compile(
            "\\b[A-Z]{2,}_[A-Z_]{2,}\\b|\\b(?:PENDING|VERIFIED|SUSPENDED|MERGED|DRAFT|PUBLISHED|CANCELLED|ACTIVE|WITHDRAWN|OPEN|CLOSED"
                    + "|PROPOSED|ACCEPTED|DECLINED|DELIVERED|FAILED|ASSOCIATION|CONGREGATION|null|undefined|NaN)\\b|x-lattlast|\\{\\w+=|\\w+\\[\\w+=");
    private static final int MOST_PAGES_PER_ROLE = 60;
    /** Links that do not show a page to check: signing out, switching language, feeds and files. */
    private static final Pattern SKIP = Pattern.compile("/logout|/oauth2/|/login|[?&]lang=|\\.(xml|atom|csv|css|js|png|svg|ico|woff2)(\\?|$)"
            + "|/public/feeds|/actuator|/cap");

    @Test
    void noPageAnyUserGroupReachesShowsAUuidOrAnInternalCodeInTheSwedishInterface() {
        String organisation = Prepared.verifiedRepresentedOrganisation(stack, "flemingsberg");
        Prepared.offer(stack, "interpretation", "flemingsberg", 3, "Tolkar på somaliska, kvällar");
        Seed.publishedNotice(stack, "flemingsberg", "Vattnet stängs av i Flemingsberg i natt");
        Prepared.eventually("the notice is delivered to the organisation", () -> stack.communications()
                .get("/api/organizations/" + organisation + "/deliveries", stack.token("rep1")).body().contains("\"noticeId\""));

        List<String> findings = new ArrayList<>();
        int pages = 0;
        for (String user : List.of("staff", "comms", "equality", "admin", "rep1")) {
            browser.signOutEverywhere();
            browser.login(user);
            pages += crawl(user, findings);
        }
        assertThat(pages).as("pages walked").isGreaterThan(25);
        assertThat(findings).as("ids or codes shown on the pages walked (%d)", pages).isEmpty();
    }

    /** Breadth-first over the portal's own links from /start; returns how many pages were looked at. */
    private int crawl(String user, List<String> findings) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(stack.portalUrl() + "/start"));
        while (!queue.isEmpty() && seen.size() < MOST_PAGES_PER_ROLE) {
            String url = queue.poll();
            if (!seen.add(url)) {
                continue;
            }
            browser.driver().get(url);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver();
            // The visible text without what is there to be copied (<code>), and the title.
            String text = (String) js.executeScript("const b = document.body.cloneNode(true);"
                    + "b.querySelectorAll('code, script, style, [hidden]').forEach(e => e.remove());"
                    + "return document.title + '\\n' + b.innerText;");
            report(user, url, text, UUID, findings);
            report(user, url, text, CODE, findings);
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) js.executeScript(
                    // SVG links (the map's districts) have no string href property: resolve the attribute.
                    "return Array.from(document.querySelectorAll('a[href]'))"
                            + ".map(a => new URL(a.getAttribute('href'), document.baseURI).href);");
            for (String link : links) {
                String target = link.replaceAll("#.*$", "");
                if (target.startsWith(stack.portalUrl() + "/") && !SKIP.matcher(target).find() && !seen.contains(target)) {
                    queue.add(target);
                }
            }
        }
        return seen.size();
    }

    private static void report(String user, String url, String text, Pattern pattern, List<String> findings) {
        Matcher found = pattern.matcher(text);
        if (found.find()) {
            int from = Math.max(0, found.start() - 40);
            int to = Math.min(text.length(), found.end() + 40);
            findings.add(user + " " + URI.create(url).getPath() + ": '" + found.group() + "' in \""
                    + text.substring(from, to).replace('\n', ' ') + "\"");
        }
    }
}
