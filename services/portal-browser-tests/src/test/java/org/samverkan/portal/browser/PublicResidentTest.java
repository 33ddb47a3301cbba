package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.samverkan.platform.test.TestHttp;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A resident without an account reads a notice in their language, right to left, easy-read, and finds the feeds. */
class PublicResidentTest extends BrowserTest {

    @Test
    void aResidentReadsTheCurrentNoticeInArabicRightToLeftAndInEasyReadSwedishWithoutLoggingIn() {
        String id = Seed.publishedNotice(stack, "varby", "Storm i natt i Vårby");

        browser.open("/");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Aktuella meddelanden");
        // The list is cacheable for a minute and the browser is shared with other classes' scenarios: a URL of its own.
        browser.open("/public/notices?after=" + id).screenshot("public-notices");
        assertThat(browser.text()).contains("Storm i natt i Vårby");

        browser.click(By.cssSelector("a[href='/public/notices/" + id + "/ar']"));
        var article = browser.find(By.cssSelector("article.notice"));
        assertThat(article.getAttribute("lang")).isEqualTo("ar");
        assertThat(article.getAttribute("dir")).isEqualTo("rtl");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("عاصفة الليلة");
        browser.screenshot("public-notice-arabic-rtl");

        browser.click(By.cssSelector("a[hreflang='sv-x-lattlast']"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Storm i natt");
        assertThat(browser.find(By.cssSelector("article.notice")).getAttribute("lang")).isEqualTo("sv");
        assertThat(browser.find(By.cssSelector("a[type='application/atom+xml']")).getAttribute("href"))
                .endsWith("/public/feeds/notices.atom");
        assertThat(browser.find(By.cssSelector("a[type='application/cap+xml']")).getAttribute("href"))
                .endsWith("/public/notices/" + id + "/cap.xml");
    }

    @Test
    void aTigrinyaNoticeIsDrawnInTheBundledEthiopicFontOnADeviceThatHasNone() {
        // This machine's Chromium has no Ethiopic font installed (fontconfig lists none): without the portal's own
        // font the text would be empty boxes.
        String id = Seed.publishedNotice(stack, "varby", "Storm i Vårby i kväll", null, """
                , "ti": {"headline": "ሰላም፡ ማዕበል ሎሚ ለይቲ", "body": "ኣብ ገዛ ጽንሑ።", "instruction": "ሞባይልኩም ኣምልኡ።"}""");

        browser.open("/public/notices/" + id + "/ti");
        assertThat(browser.find(By.cssSelector("article.notice")).getAttribute("lang")).isEqualTo("ti");
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        // Nothing forces the font: the page's own Ethiopic text makes the browser fetch it (unicode-range).
        Object loaded = new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                document.fonts.ready.then(() => {
                  const faces = [...document.fonts].filter(f => f.family.replaceAll('"', '') === 'Noto Sans Ethiopic'
                      && f.status === 'loaded').map(f => f.weight);
                  done(faces.length > 0 && document.fonts.check('16px "Noto Sans Ethiopic"', 'ሰላም') ? faces : null);
                });"""));

        assertThat(String.valueOf(loaded)).as("regular body text, bold headline").contains("400", "700");
        assertThat(browser.policyViolations()).isEmpty();
    }

    @Test
    void aCancelledNoticeIsNoLongerListedAsCurrentAndItsPageSaysInställtWithTheReason() {
        String id = Seed.publishedNotice(stack, "stuvsta", "Badförbud i Stuvsta sjö");
        TestHttp.Response cancelled = stack.communications().post("/api/notices/" + id + "/cancellation", stack.token("comms"),
                "{\"reason\": \"Vattenproverna är bra igen\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);

        // a URL no earlier scenario opened: the list is cacheable for a minute and the browser is shared
        browser.open("/public/notices?after=" + id);
        assertThat(browser.find(By.cssSelector(".notice-list:not(.past-notices)")).getText()).doesNotContain("Badförbud i Stuvsta sjö");
        assertThat(browser.find(By.id("past-" + id)).getText()).contains("Inställt", "Vattenproverna är bra igen", "Badförbud i Stuvsta sjö");

        browser.click(By.cssSelector("#past-" + id + " h3 a"));
        assertThat(browser.url()).endsWith("/public/notices/" + id + "/sv");
        assertThat(browser.find(By.id("notice-state")).getText()).contains("Inställt", "Vattenproverna är bra igen");
        browser.screenshot("public-notice-cancelled");
    }

    @Test
    void aReplacedNoticeLinksToTheNoticeThatReplacesItAndIsNotListedAsCurrent() {
        String older = Seed.publishedNotice(stack, "segeltorp", "Vägen vid Segeltorp stängd");
        String newer = Seed.publishedNotice(stack, "segeltorp", "Vägen vid Segeltorp öppen igen", older);

        browser.open("/public/notices?after=" + newer);
        assertThat(browser.find(By.cssSelector(".notice-list:not(.past-notices)")).getText())
                .contains("Vägen vid Segeltorp öppen igen").doesNotContain("Vägen vid Segeltorp stängd");
        assertThat(browser.find(By.id("past-" + older)).getText()).contains("Ersatt");

        browser.open("/public/notices/" + older + "/ar");
        assertThat(browser.find(By.id("notice-state")).getText()).contains("Ersatt");
        browser.click(By.cssSelector("#notice-state a"));
        assertThat(browser.url()).endsWith("/public/notices/" + newer + "/ar");
        assertThat(browser.driver().findElements(By.id("notice-state"))).isEmpty();
    }

    @Test
    void aNoticeAskedForInALanguageItLacksSaysSoAndListsItsLanguagesInsteadOfShowingAnotherText() throws Exception {
        String id = Seed.publishedNotice(stack, "varby", "Strömavbrott i Vårby");

        browser.open("/public/notices/" + id + "/ti").screenshot("public-notice-language-unavailable");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Inte på det här språket");
        assertThat(browser.find(By.id("language-unavailable")).getText()).contains("Meddelandet finns inte på ትግርኛ (Tigrinya).");
        assertThat(browser.text()).doesNotContain("عاصفة الليلة").doesNotContain("Strömavbrott i Vårby");
        assertThat(browser.driver().findElements(By.cssSelector("nav.notice-languages a")).stream().map(a -> a.getAttribute("hreflang")))
                .contains("sv", "ar", "en");
        browser.click(By.cssSelector("nav.notice-languages a[hreflang='ar']"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("عاصفة الليلة");

        // A code no language has: said without echoing it back.
        browser.open("/public/notices/" + id + "/xx");
        assertThat(browser.find(By.id("language-unavailable")).getText()).contains("det språk som adressen anger");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/public/notices/" + id + "/ti")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Meddelandet finns inte på ትግርኛ (Tigrinya).");
    }

    @Test
    void anInterfaceLanguageCookieThePortalHasNoTextsForFallsBackToSwedishInsteadOfFailing() throws Exception {
        String id = Seed.publishedNotice(stack, "varby", "Kokningsrekommendation i Vårby");
        HttpClient http = HttpClient.newHttpClient();
        for (String path : new String[] {"/public/notices?cookie=de", "/public/notices/" + id + "/ti"}) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + path))
                    .header("Cookie", "portal-lang=de").build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).as(path).isLessThan(500);
            assertThat(page.body()).as(path).containsPattern("<html[^>]*\\blang=\"sv\"").doesNotContain("??");
        }
    }

    @Test
    void aNoticesAddressWithoutALanguageOpensItInTheMunicipalitysMainLanguage() {
        String id = Seed.publishedNotice(stack, "varby", "Vattnet tillbaka i Vårby");

        browser.open("/public/notices/" + id);

        assertThat(browser.url()).endsWith("/public/notices/" + id + "/sv");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Vattnet tillbaka i Vårby");
    }

    @Test
    void publicationTimesAreSwedishTimeEvenWhenTheServerRunsInUtc() {
        String id = Seed.publishedNotice(stack, "masmo", "Kallt i Masmo i natt");
        String publishedAt = stack.communications().get("/api/notices/" + id, stack.token("comms")).json()
                .get("notice").get("publishedAt").asString();
        String swedish = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"))
                .format(Instant.parse(publishedAt));

        assertThat(TimeZone.getDefault().getID()).as("the stack runs in UTC, like CI").isEqualTo("UTC");
        browser.open("/public/notices?after=" + id);
        assertThat(browser.text()).contains("Publicerat " + swedish);
        browser.login("comms").open("/notices");
        assertThat(browser.text()).contains(swedish);
    }

    @Test
    void theInterfaceSwitchesToEnglishAndStaysEnglishWhileTheNoticeKeepsItsLanguage() {
        String id = Seed.publishedNotice(stack, "flemingsberg", "Vattenavstängning i Flemingsberg");

        browser.open("/public/notices?lang=en");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Current notices");
        assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");

        browser.open("/public/notices/" + id + "/sv");
        assertThat(browser.find(By.cssSelector(".back a")).getText()).isEqualTo("All notices");
        assertThat(browser.find(By.cssSelector("article.notice")).getAttribute("lang")).isEqualTo("sv");
        browser.open("/public/notices?lang=sv");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Aktuella meddelanden");
    }

    @Test
    void aPrintedNoticeIsItsTextWithoutMenusFormsOrLanguageSwitcher() {
        String id = Seed.publishedNotice(stack, "visattra", "Skolorna stängda i Visättra");
        browser.open("/public/notices/" + id + "/sv");
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.find(By.cssSelector("article.notice")).isDisplayed()).isTrue();
            assertThat(browser.find(By.cssSelector("nav.menu")).isDisplayed()).isFalse();
            assertThat(browser.find(By.cssSelector("nav.notice-languages")).isDisplayed()).isFalse();
            assertThat(browser.find(By.cssSelector("header.site-header")).isDisplayed()).isFalse();
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void publicPagesAreCacheableAndAnUnchangedPageRevalidatesWithoutABody() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/public/notices")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(stack.portalUrl() + "/public/notices"))
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }
}
