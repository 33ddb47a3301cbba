package org.samverkan.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.samverkan.endtoend.KeycloakPages.Person;
import org.samverkan.inventory.InventoryApplication;
import org.samverkan.platform.test.TestHttp;
import org.samverkan.registry.RegistryApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An association's whole way in, in a real browser, through the real Keycloak of this JVM (the realm as shipped,
 * second factor for staff included) and the real registry, inventory and portal: it signs up its organisation on
 * the portal without an account; a registry administrator signs in (registering their one-time code) and verifies
 * it; the invitation e-mail reaches Keycloak's SMTP server; the applicant follows its link, sets a password, signs in
 * to the portal, sees their organisation, edits its reach and offers capacity, and invites a second representative,
 * who signs in the same way; when the organisation is suspended, both are refused on their next request.
 */
class SignUpJourneyTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static LocalKeycloak keycloak;
    private static ConfigurableApplicationContext registry;
    private static ConfigurableApplicationContext inventory;
    private static ConfigurableApplicationContext portal;
    private static String portalUrl;

    @BeforeAll
    static void start() throws Exception {
        Chromium.require();
        keycloak = LocalKeycloak.get();
        String certs = keycloak.issuer() + "/protocol/openid-connect/certs";
        String run = UUID.randomUUID().toString();
        // Consumer groups of their own: another registry or inventory of this JVM must not take their events.
        registry = InProcessServices.startWithIssuer(RegistryApplication.class, "journey-registry", keycloak.issuer(), certs,
                "--samverkan.accounts.client-secret=" + LocalKeycloak.REGISTRY_SECRET, "--samverkan.accounts.timeout=60s",
                "--spring.cloud.stream.bindings.applicantInvitations-in-0.group=journey-invitations-" + run,
                "--spring.cloud.stream.bindings.auditEntries-in-0.group=journey-audit-" + run,
                "--samverkan.outbox.sweep-interval=200ms");
        inventory = InProcessServices.startWithIssuer(InventoryApplication.class, "journey-inventory", keycloak.issuer(), certs,
                "--spring.cloud.stream.bindings.organizationCopy-in-0.group=journey-inventory-" + run,
                "--spring.cloud.stream.bindings.commitmentSteps-in-0.group=journey-steps-" + run,
                "--samverkan.outbox.sweep-interval=200ms");
        // Communications and follow-up are not part of this journey: their addresses answer nothing.
        String nothing = "http://127.0.0.1:9";
        portal = InProcessServices.startPortal(keycloak.portalPort(), keycloak.issuer(), LocalKeycloak.PORTAL_SECRET,
                InProcessServices.url(registry), InProcessServices.url(inventory), nothing, nothing);
        portalUrl = keycloak.portalUrl();
    }

    @AfterAll
    static void stop() {
        for (ConfigurableApplicationContext application : new ConfigurableApplicationContext[] {portal, inventory, registry}) {
            if (application != null) {
                application.close();
            }
        }
    }

    @Test
    void anAssociationSignsUpIsVerifiedItsRepresentativesSignInFromTheirInvitationsAndBothLoseAccessWhenItIsSuspended()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String name = "Masmo Eritreanska Kvinnoförening " + run;
        Person applicant = new Person("saba-" + run + "@example.org", "Ett-langt-losenord-" + run, "Saba");
        Person second = new Person("hanna-" + run + "@example.org", "Ett-annat-losenord-" + run, "Hanna");
        // An administrator of their own: registering an authenticator changes how the account signs in.
        Person admin = new Person("registrator-" + run, "Ett-admin-losenord-" + run, "Rut");
        StaffAccounts.create(keycloak, admin.username, admin.password, "registry-admin");
        try (Chromium first = new Chromium(); Chromium other = new Chromium()) {
            // Sign-up, without an account.
            first.open(portalUrl + "/organisation/register").type(By.id("name"), name).type(By.id("applicantEmail"), applicant.username);
            new org.openqa.selenium.support.ui.Select(first.driver().findElement(By.id("kind"))).selectByValue("ASSOCIATION");
            first.click(By.cssSelector("form#register button[type=submit]"));
            assertThat(first.text(By.cssSelector(".success"))).contains(name);
            String id = first.text(By.cssSelector(".success code"));

            // The administrator signs in (the realm makes them register a one-time code first) and verifies it.
            other.open(portalUrl + "/registry/queue");
            KeycloakPages.signIn(other, admin, portalUrl);
            assertThat(admin.authenticatorSecret).as("the administrator registered an authenticator").isNotNull();
            // The start page names the platform's roles only, not Keycloak's own or the realm's second-factor marker.
            other.open(portalUrl + "/start");
            assertThat(other.text(By.cssSelector("ul.roles"))).isEqualTo("Registeradministratör");
            other.open(portalUrl + "/registry/organisations/" + id);
            assertThat(other.text(By.tagName("h1"))).isEqualTo(name);
            other.click(By.cssSelector("form.verify button"));
            assertThat(other.text(By.id("status"))).isEqualTo("Verifierad");
            // Signing out of the portal ends the Keycloak session too: the next person starts at the login form.
            other.click(By.cssSelector("form[action='/logout'] button"));
            other.open(portalUrl + "/registry/queue");
            assertThat(other.has(By.id("kc-form-login"))).as("Keycloak asks for a login again").isTrue();

            // The applicant's invitation: Keycloak's e-mail, its link, a password of their own, then the portal.
            acceptInvitation(first, applicant);
            first.open(portalUrl + "/organisation");
            KeycloakPages.signIn(first, applicant, portalUrl);
            assertThat(first.url()).startsWith(portalUrl + "/organisation");
            assertThat(first.value(By.id("name"))).as("their own organisation").isEqualTo(name);
            assertThat(first.text(By.id("status"))).isEqualTo("Verifierad");
            assertThat(first.has(By.cssSelector("a[href='/organisation/choice']"))).as("one organisation: nothing to choose")
                    .isFalse();

            first.tick("areas", "masmo").tick("languages", "ti").tick("languages", "sv");
            first.click(By.cssSelector("form#profile button[type=submit]"));
            assertThat(first.text(By.tagName("body"))).contains("Profilen är sparad.");
            assertThat(first.driver().findElement(By.cssSelector("input[name=languages][value=ti]")).isSelected()).isTrue();

            awaitInventoryKnows(id, "VERIFIED");
            first.open(portalUrl + "/organisation/offers").type(By.id("description"), "Tolkar på tigrinja, kvällar")
                    .type(By.id("quantity"), "3").type(By.id("unit"), "tolkar").tick("areas", "masmo");
            new org.openqa.selenium.support.ui.Select(first.driver().findElement(By.id("resourceType"))).selectByValue("interpretation");
            first.click(By.cssSelector("form#offer button[type=submit]"));
            assertThat(first.text(By.tagName("body"))).contains("Erbjudandet är registrerat.");
            assertThat(first.text(By.id("offers"))).contains("Tolkar på tigrinja, kvällar");

            // A second representative, invited by the first.
            first.open(portalUrl + "/organisation/representatives").type(By.id("email"), second.username)
                    .click(By.cssSelector("form#invite button[type=submit]"));
            assertThat(first.text(By.tagName("main"))).contains(second.username);
            acceptInvitation(other, second);
            other.open(portalUrl + "/organisation");
            KeycloakPages.signIn(other, second, portalUrl);
            assertThat(other.value(By.id("name"))).isEqualTo(name);

            // Suspension: both are refused at their next request, whatever their tokens (valid for minutes) say.
            TestHttp.Response suspended = InProcessServices.http(registry).post("/api/organizations/" + id + "/suspension",
                    token(admin), "{\"reason\": \"Föreningen har upphört enligt styrelsen\"}");
            assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
            other.open(portalUrl + "/organisation");
            assertThat(other.text(By.tagName("h1"))).as("the registry refuses at once").isEqualTo("Inte tillåtet");
            awaitInventoryKnows(id, "SUSPENDED");
            first.open(portalUrl + "/organisation/offers");
            assertThat(first.text(By.tagName("h1"))).as("the inventory refuses once its copy is suspended").isEqualTo("Inte tillåtet");
            assertThat(first.text(By.tagName("main"))).contains("not verified");
            first.open(portalUrl + "/organisation");
            assertThat(first.text(By.tagName("h1"))).isEqualTo("Inte tillåtet");
        }
    }

    /** Opens the invitation e-mail's link and sets the password Keycloak asks for; ends back at the portal. */
    private static void acceptInvitation(Chromium browser, Person person) throws Exception {
        browser.open(invitationLink(person.username));
        KeycloakPages.follow(browser, person, portalUrl);
    }

    private static String invitationLink(String address) throws Exception {
        MimeMessage mail = Awaitility.await().atMost(PATIENCE).until(() -> Arrays.stream(keycloak.mail().getReceivedMessages())
                .filter(m -> address.equalsIgnoreCase(recipient(m))).findFirst()
                .orElse(null), m -> m != null);
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
        Matcher link = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+").matcher(body);
        assertThat(link.find()).as("the set-password link in " + body).isTrue();
        return link.group().replace("&amp;", "&");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitInventoryKnows(String id, String status) {
        String staff = password("staff");
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            TestHttp.Response copy = InProcessServices.http(inventory).get("/api/organizations/" + id, staff);
            return copy.status() == 200 && status.equals(copy.json().get("status").asString());
        });
    }

    /** A demo user's token through the demo-only password grant, for what this journey checks through the API. */
    private static String password(String user) {
        return grant(Map.of("username", user, "password", "demo"));
    }

    /** The administrator's token through the same grant, which asks a person with an authenticator for a code. */
    private static String token(Person person) {
        return grant(Map.of("username", person.username, "password", person.password, "otp", person.nextCode()));
    }

    private static String grant(Map<String, String> credentials) {
        try {
            Map<String, String> form = new java.util.HashMap<>(credentials);
            form.putAll(Map.of("grant_type", "password", "client_id", "samverkan-cli", "scope", "openid"));
            var token = OAuth2.post(keycloak.tokenEndpoint(), null, form);
            assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
            return OAuth2.field(token.body(), "access_token");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
