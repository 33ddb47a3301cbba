package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samverkan.portal.browser.Prepared.go;
import static org.samverkan.portal.browser.Prepared.choose;
import static org.samverkan.portal.browser.Prepared.errorAt;
import static org.samverkan.portal.browser.Prepared.tick;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.samverkan.platform.test.TestHttp;

/**
 * An association's representative on their phone: keeps the organisation's reach up to date, offers capacity,
 * answers the commitment crisis staff propose, and confirms and relays the notice the municipality sent them.
 * An account without a registered organisation registers one.
 */
class RepresentativeTest extends BrowserTest {

    @Test
    void aRepresentativeEditsTheReachOffersCapacityAcceptsACommitmentAndAcknowledgesAndRelaysANotice() {
        String organisation = Prepared.verifiedRepresentedOrganisation(stack, "flemingsberg");
        browser.login("rep1");

        browser.open("/organisation");
        assertThat(browser.find(By.id("status")).getText()).isEqualTo("Verifierad");
        browser.type(By.id("name"), " ");
        tick(browser, "areas", "visattra");
        tick(browser, "languages", "ar");
        browser.type(By.id("channel-in-person"), "40");
        go(browser, By.cssSelector("form#profile button[type=submit]"));
        assertThat(errorAt(browser, "name")).isNotBlank();
        assertThat(browser.find(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.cssSelector("input[name=areas][value=visattra]")).isSelected())
                .as("the user's choices survive the error").isTrue();
        browser.type(By.id("name"), "Vårby Somaliska Föräldraförening");
        go(browser, By.cssSelector("form#profile button[type=submit]"));
        assertThat(browser.text()).contains("Profilen är sparad.");
        assertThat(browser.find(By.cssSelector("input[name=languages][value=ar]")).isSelected()).isTrue();
        assertThat(browser.find(By.id("channel-in-person")).getAttribute("value")).isEqualTo("40");
        browser.screenshot("organisation-profile");

        browser.open("/organisation/offers");
        browser.type(By.id("description"), "Tolkar på somaliska och arabiska, kvällar");
        browser.type(By.id("quantity"), "4");
        browser.type(By.id("unit"), "tolkar");
        tick(browser, "areas", "flemingsberg");
        go(browser, By.cssSelector("form#offer button[type=submit]"));
        assertThat(errorAt(browser, "resourceType")).as("no resource chosen").isNotBlank();
        choose(browser, "resourceType", "interpretation");
        go(browser, By.cssSelector("form#offer button[type=submit]"));
        assertThat(browser.text()).contains("Erbjudandet är registrerat.");
        assertThat(browser.find(By.id("offers")).getText()).contains("Tolkar på somaliska och arabiska, kvällar", "Aktivt");
        browser.screenshot("organisation-offers");

        String commitment = proposedCommitmentOn(organisation);
        browser.open("/organisation/commitments");
        go(browser, By.cssSelector("#commitment-" + commitment + " form.accept button"));
        assertThat(browser.text()).contains("Svaret är sparat.");
        assertThat(browser.find(By.id("commitment-" + commitment)).getText()).contains("Accepterat");

        browser.open("/organisation/inbox");
        browser.type(By.id("sms"), "07-ring-oss");
        go(browser, By.cssSelector("form#address button[type=submit]"));
        assertThat(errorAt(browser, "sms")).contains("international (E.164) number");
        browser.type(By.id("sms"), "+46701234567");
        go(browser, By.cssSelector("form#address button[type=submit]"));
        assertThat(browser.text()).contains("Adresserna är sparade.");
        assertThat(browser.find(By.id("sms")).getAttribute("value")).isEqualTo("+46701234567");

        String notice = Seed.publishedNotice(stack, "flemingsberg", "Värmestuga öppnar i Flemingsberg");
        Prepared.eventually("the notice is delivered to the organisation", () -> stack.communications()
                .get("/api/organizations/" + organisation + "/deliveries", stack.token("rep1")).body().contains(notice));
        browser.open("/organisation/inbox");
        assertThat(browser.find(By.cssSelector("a[href='/organisation/inbox/" + notice + "']")).getText())
                .as("the inbox names the notice by its headline, not its id").isEqualTo("Värmestuga öppnar i Flemingsberg");
        go(browser, By.cssSelector("a[href='/organisation/inbox/" + notice + "']"));
        go(browser, By.cssSelector("form#acknowledge button"));
        assertThat(browser.find(By.id("acknowledged")).getText()).startsWith("Mottagandet bekräftades");

        browser.type(By.id("people"), "120");
        choose(browser, "channel", "whatsapp-group");
        choose(browser, "area", "flemingsberg");
        go(browser, By.cssSelector("form#relay button[type=submit]"));
        assertThat(errorAt(browser, "language")).as("no language chosen").isNotBlank();
        choose(browser, "language", "ar");
        go(browser, By.cssSelector("form#relay button[type=submit]"));
        assertThat(browser.find(By.id("relays")).getText()).contains("120", "WhatsApp-grupp", "Flemingsberg");
        browser.screenshot("organisation-notice-relay");

        TestHttp.Response deliveries = stack.communications().get("/api/organizations/" + organisation + "/deliveries", stack.token("rep1"));
        assertThat(deliveries.body()).as("the service holds the acknowledgement and the relay").contains("\"people\":120");
    }

    @Test
    void aRepresentativeWithoutARegisteredOrganisationRegistersOneAndAWrongOrganisationNumberIsShownAtTheField() {
        browser.login("rep2");
        browser.open("/organisation");
        assertThat(browser.text()).contains("inte kopplat till någon organisation");
        go(browser, By.cssSelector("main a[href='/organisation/register']"));

        browser.type(By.id("name"), "Skogås Tamilska Kulturförening");
        choose(browser, "kind", "ASSOCIATION");
        browser.type(By.id("organizationNumber"), "802456-6418");
        go(browser, By.cssSelector("form#register button[type=submit]"));
        assertThat(errorAt(browser, "organizationNumber")).contains("organisation number");
        assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("Skogås Tamilska Kulturförening");

        browser.type(By.id("organizationNumber"), "");
        browser.type(By.id("applicantEmail"), "sokande.skogas@example.se");
        go(browser, By.cssSelector("form#register button[type=submit]"));
        assertThat(browser.text()).contains("Organisationen Skogås Tamilska Kulturförening är registrerad och väntar på verifiering.");
        String id = browser.find(By.cssSelector(".success code")).getText();
        TestHttp.Response registered = stack.registry().get("/api/organizations/" + id, stack.token("admin"));
        assertThat(registered.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(registered.body()).as("the applicant's address is not part of the organisation").doesNotContain("sokande");
        TestHttp.Response applicant = stack.registry().get("/api/organizations/" + id + "/applicant/export", stack.token("admin"));
        assertThat(applicant.json().get("applicantEmail").asString()).isEqualTo("sokande.skogas@example.se");
    }

    /**
     * The representatives page lists who signs in for the organisation and invites more. This stack's registry has
     * no identity provider to invite through (the real one: end-to-end-tests' RepresentativeInvitationTest), so a
     * valid invitation is refused as unavailable, said on the page, and the address survives for another try.
     */
    @Test
    void aRepresentativeOpensTheRepresentativesPageAndABadOrUnsendableInvitationIsShownAtTheForm() {
        Prepared.verifiedRepresentedOrganisation(stack, "flemingsberg");
        browser.login("rep1");
        browser.open("/organisation");
        go(browser, By.cssSelector("a[href='/organisation/representatives']"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Företrädare");

        browser.type(By.id("email"), "inte-en-adress");
        // Past the browser's own check of an e-mail field, to the registry's.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.getElementById('email').type = 'text'");
        go(browser, By.cssSelector("form#invite button[type=submit]"));
        assertThat(errorAt(browser, "email")).isNotBlank();
        assertThat(browser.find(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");

        browser.type(By.id("email"), "andra.foretradaren@example.se");
        go(browser, By.cssSelector("form#invite button[type=submit]"));
        assertThat(browser.find(By.cssSelector(".error-summary")).getText()).isNotBlank();
        assertThat(browser.find(By.id("email")).getAttribute("value")).isEqualTo("andra.foretradaren@example.se");
        browser.screenshot("organisation-representatives");
    }

    /**
     * The needs page: a need the organisation sees is reported by area name and followed to its confirmation, and a
     * need staff raised in the organisation's reach (Vårby, Somali) leads to the offer form filled in for it; one
     * outside its reach is not shown.
     */
    @Test
    void aRepresentativeReportsANeedFollowsItsStatusAndOffersCapacityForAnOpenNeedInReach() {
        String organisation = Prepared.verifiedRepresentedOrganisation(stack, "flemingsberg");
        String inReach = staffNeed("Somalisktalande stödpersoner vid Vårby vårdcentral", "varby", "so");
        String outOfReach = staffNeed("Tolkar till tigrinjatalande i Skogås", "skogas", "ti");
        Prepared.eventually("the inventory knows the organisation's reach", () -> stack.inventory()
                .get("/api/organizations/" + organisation + "/matching-needs?size=200", stack.token("rep1")).body().contains(inReach));
        browser.login("rep1");

        browser.open("/organisation");
        go(browser, By.cssSelector("nav a[href='/organisation/needs']"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Behov");
        choose(browser, "resourceType", "food-delivery");
        browser.type(By.id("description"), "Matkassar till äldre som inte kan handla själva");
        browser.type(By.id("quantity"), "30");
        browser.type(By.id("unit"), "kassar");
        go(browser, By.cssSelector("form#need button[type=submit]"));
        assertThat(errorAt(browser, "areas")).as("no area chosen").isNotBlank();
        assertThat(browser.find(By.id("description")).getAttribute("value")).as("the user's text survives the error")
                .isEqualTo("Matkassar till äldre som inte kan handla själva");
        tick(browser, "areas", "varby");
        go(browser, By.cssSelector("form#need button[type=submit]"));
        assertThat(browser.text()).contains("Behovet är rapporterat.");
        String reportedRow = browser.find(By.id("reported-needs")).getText();
        assertThat(reportedRow).contains("Matkassar till äldre som inte kan handla själva", "Vårby", "0 av 30 kassar",
                "Väntar på kommunens bekräftelse");

        String matching = browser.find(By.id("matching-needs")).getText();
        assertThat(matching).contains("Somalisktalande stödpersoner vid Vårby vårdcentral", "Vårby", "Hög")
                .doesNotContain("Tolkar till tigrinjatalande i Skogås").doesNotContain(outOfReach);
        browser.screenshot("organisation-needs");

        String reported = reportedNeedOf(organisation, "Matkassar till äldre som inte kan handla själva");
        TestHttp.Response confirmed = stack.inventory().post("/api/needs/" + reported + "/confirmation", stack.token("staff"), null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        browser.open("/organisation/needs?lang=en");
        assertThat(browser.find(By.id("reported-" + reported)).getText()).contains("Confirmed, nothing delivered yet");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Needs");
        browser.open("/organisation/needs?lang=sv");

        go(browser, By.cssSelector("#matching-" + inReach + " a.offer-link"));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Erbjudanden");
        assertThat(new org.openqa.selenium.support.ui.Select(browser.find(By.id("resourceType"))).getFirstSelectedOption()
                .getAttribute("value")).as("the offer form is filled in for the need").isEqualTo("interpretation");
        assertThat(browser.find(By.cssSelector("input[name=areas][value=varby]")).isSelected()).isTrue();
        assertThat(browser.find(By.cssSelector("input[name=languages][value=so]")).isSelected()).isTrue();
    }

    private String staffNeed(String description, String area, String language) {
        TestHttp.Response need = stack.inventory().post("/api/needs", stack.token("staff"), """
                {"resourceType": "interpretation", "description": "%s", "quantity": 3, "unit": "personer",
                 "areas": ["%s"], "targetGroups": [], "languages": ["%s"], "urgency": "HIGH", "neededBy": "%s"}"""
                .formatted(description, area, language, java.time.Instant.now().plusSeconds(86_400)));
        assertThat(need.status()).as(need.body()).isEqualTo(201);
        return need.json().get("id").asString();
    }

    private String reportedNeedOf(String organisation, String description) {
        TestHttp.Response page = stack.inventory().get("/api/organizations/" + organisation + "/reported-needs", stack.token("rep1"));
        for (var n : page.json().get("items")) {
            if (description.equals(n.get("description").asString())) {
                return n.get("id").asString();
            }
        }
        throw new AssertionError("not reported: " + page.body());
    }

    /** Crisis staff raise a need the organisation's offer fits and propose part of the offer to it. */
    private String proposedCommitmentOn(String organisation) {
        String staff = stack.token("staff");
        TestHttp.Response offers = stack.inventory().get("/api/offers?organizationId=" + organisation, staff);
        String offer = null;
        for (var o : offers.json()) {
            if ("Tolkar på somaliska och arabiska, kvällar".equals(o.get("description").asString())) {
                offer = o.get("id").asString();
            }
        }
        assertThat(offer).as(offers.body()).isNotNull();
        TestHttp.Response need = stack.inventory().post("/api/needs", staff, """
                {"resourceType": "interpretation", "description": "Tolkar vid informationsmöte", "quantity": 2, "unit": "tolkar",
                 "areas": ["flemingsberg"], "targetGroups": [], "languages": ["so"], "urgency": "HIGH",
                 "neededBy": "%s"}""".formatted(java.time.Instant.now().plusSeconds(86_400)));
        assertThat(need.status()).as(need.body()).isEqualTo(201);
        TestHttp.Response commitment = stack.inventory().post("/api/commitments", staff, """
                {"needId": "%s", "offerId": "%s", "quantity": 2}""".formatted(need.json().get("id").asString(), offer));
        assertThat(commitment.status()).as(commitment.body()).isEqualTo(201);
        return commitment.json().get("id").asString();
    }
}
