package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.samverkan.platform.test.TestHttp;

/**
 * A notice lacks Tigrinya: the officer asks for a translation in the editor, a volunteer of the organisation that
 * offers interpretation in Tigrinya sends one from the signed link's page, and the officer finds it in the editor
 * marked as sent by the organisation and to be reviewed, and uses it. (Named to run last: the organisation's
 * interpretation offer should not change what earlier scenarios count.)
 */
class TranslationThroughCivilSocietyTest extends BrowserTest {
    /** The stack's communications.token-secret (PortalStack): the link is signed as communications signs it. */
    private static final String LINK_SECRET = "browser-test-secret-of-at-least-32-bytes";

    @Test
    void anOfficerAsksForAMissingLanguageAndTheVolunteersTranslationArrivesAsAProposalToBeReviewed() throws Exception {
        String organisation = Prepared.verifiedRepresentedOrganisation(stack, "masmo");
        TestHttp.Response offer = stack.inventory().post("/api/offers", stack.token("rep1"), """
                {"resourceType": "interpretation", "description": "Tolkning och översättning", "quantity": 3, "unit": "uppdrag",
                 "availableFrom": "%s", "availableUntil": null, "areas": ["masmo"], "languages": ["ti"], "targetGroups": []}"""
                .formatted(Instant.now().minusSeconds(3600)));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        String comms = stack.token("comms");
        String id = draft(comms);
        // communications learns of the offer from the inventory's event: a request on a scratch draft finds it
        String scratch = draft(comms);
        Prepared.eventually("communications knows the organisation offers Tigrinya", () -> stack.communications()
                .post("/api/notices/" + scratch + "/translation-requests", comms, "{\"language\": \"ti\"}").status() == 201);

        browser.login("comms").open("/notices/" + id + "/ti");
        assertThat(browser.find(By.id("translations")).getText()).contains("Inga förfrågningar om översättning ännu.");
        browser.submit(By.id("ask-translation"));
        assertThat(browser.find(By.id("translations")).getText()).contains("Vårby Somaliska Föräldraförening", "väntar på svar");

        String request = stack.communications().get("/api/notices/" + id + "/translation-requests", comms).json().get(0).get("id").asString();
        browser.open(stack.communicationsUrl() + "/public/translation-requests/" + request + "/" + organisation + "?token="
                + URLEncoder.encode(token(request, organisation), StandardCharsets.UTF_8));
        assertThat(browser.find(By.id("body")).getAttribute("lang")).isEqualTo("ti");
        assertThat(browser.text()).contains("Strömavbrott i Masmo");
        browser.type(By.id("headline"), "ምቁራጽ ኤሌክትሪክ ኣብ ማስሞ");
        browser.type(By.id("body"), "ኤሌክትሪክ ኣብ ማስሞ ተቋሪጹ ኣሎ። ይጽገን ኣሎ።");
        browser.submit(By.cssSelector("form button"));
        assertThat(browser.text()).contains("Tack!", "Vårby Somaliska Föräldraförening");

        browser.open("/notices/" + id + "/ti");
        String listed = browser.find(By.id("translation-" + request + "-" + organisation)).getText();
        assertThat(listed).contains("har skickat en översättning", "Inskickad av Vårby Somaliska Föräldraförening, ska granskas",
                "ምቁራጽ ኤሌክትሪክ ኣብ ማስሞ");
        assertThat(browser.find(By.id("headline")).getAttribute("value")).as("only the officer's action makes it the notice's text")
                .isEmpty();
        browser.submit(By.cssSelector("#translation-" + request + "-" + organisation + " button"));
        assertThat(browser.find(By.id("headline")).getAttribute("value")).isEqualTo("ምቁራጽ ኤሌክትሪክ ኣብ ማስሞ");
        assertThat(stack.communications().get("/api/notices/" + id, comms).json().get("notice").get("content").get("texts")
                .get("ti").get("body").asString()).isEqualTo("ኤሌክትሪክ ኣብ ማስሞ ተቋሪጹ ኣሎ። ይጽገን ኣሎ።");
    }

    private String draft(String comms) {
        TestHttp.Response draft = stack.communications().post("/api/notices", comms, """
                {"incident": "storm-2026", "category": "Infra", "urgency": "Immediate", "severity": "Severe",
                 "certainty": "Observed", "areas": ["masmo"], "targetGroups": [], "sourceLanguage": "sv",
                 "texts": {"sv": {"headline": "Strömavbrott i Masmo", "body": "Strömmen är borta i Masmo. Reparation pågår.",
                                  "instruction": "Ladda mobilen."}}, "replaces": null}""");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        return draft.json().get("notice").get("id").asString();
    }

    /** The translator's link as communications issues it: expiry, then HMAC-SHA256 over what it is for. */
    private static String token(String request, String organisation) throws Exception {
        long expiry = Instant.now().plusSeconds(3600).getEpochSecond();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(LINK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] signature = mac.doFinal(("translation-request:" + request + "\n" + organisation + "\n" + expiry).getBytes(StandardCharsets.UTF_8));
        return expiry + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }
}
