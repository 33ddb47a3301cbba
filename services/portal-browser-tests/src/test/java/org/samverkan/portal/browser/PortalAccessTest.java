package org.samverkan.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Who may open what, over plain HTTP against the running portal with real logins (no browser needed): each role
 * is refused the other groups' URL prefixes, forms need the CSRF token, public pages set no cookie.
 */
class PortalAccessTest {
    private static PortalStack stack;

    @BeforeAll
    static void stack() {
        stack = PortalStack.get();
    }

    @Test
    void eachRoleIsRefusedTheOtherGroupsPagesAndOpensItsOwn() {
        Map<String, List<String>> refused = Map.of(
                "rep1", List.of("/notices", "/notices/new", "/notices/incidents", "/dashboard", "/registry/queue", "/registry/audit", "/crisis/needs", "/crisis/situation"),
                "staff", List.of("/registry/queue", "/organisation", "/organisation/offers"),
                "comms", List.of("/registry/queue", "/crisis/needs", "/organisation"),
                "equality", List.of("/registry/audit", "/crisis/gaps", "/organisation/inbox"),
                "admin", List.of("/notices", "/notices/incidents", "/dashboard", "/crisis/needs", "/organisation", "/followup"));
        Map<String, String> allowed = Map.of("rep1", "/organisation", "staff", "/crisis/needs", "comms", "/notices",
                "equality", "/dashboard", "admin", "/registry/queue");

        refused.forEach((user, paths) -> {
            PortalSession session = PortalSession.login(stack.portalUrl(), user);
            assertThat(session.get(allowed.get(user)).statusCode()).as("%s opens %s", user, allowed.get(user)).isEqualTo(200);
            for (String path : paths) {
                HttpResponse<String> page = session.get(path);
                assertThat(page.statusCode()).as("%s opens %s", user, path).isEqualTo(403);
                assertThat(page.body()).as("%s on %s", user, path).contains("Inte tillåtet");
            }
        });
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        PortalSession comms = PortalSession.login(stack.portalUrl(), "comms");
        Map<String, String> notice = Map.of("incident", "storm-2026", "areas", "varby", "headline", "Utan token",
                "body", "Ska inte sparas.");

        HttpResponse<String> forged = comms.post("/notices", notice);

        assertThat(forged.statusCode()).isEqualTo(403);
        Map<String, String> withToken = new java.util.HashMap<>(notice);
        withToken.put("_csrf", comms.csrfOf("/notices/new"));
        // with its token the same form gets through to the page (which shows the service's verdict on the draft)
        assertThat(comms.post("/notices", withToken).statusCode()).as("the same form with its token").isNotEqualTo(403);
    }

    @Test
    void anAssociationWithoutAnAccountSignsUpItsOrganisationWithoutLoggingIn() {
        PortalSession visitor = PortalSession.anonymous(stack.portalUrl());

        HttpResponse<String> form = visitor.get("/organisation/register");
        assertThat(form.statusCode()).as("the sign-up page opens without a login").isEqualTo(200);
        HttpResponse<String> sent = visitor.post("/organisation/register", Map.of("name", "Föreningen Utan Konto",
                "kind", "ASSOCIATION", "_csrf", visitor.csrfOf("/organisation/register")));

        assertThat(sent.statusCode()).as("registered, back to the page").isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElse("")).endsWith("/organisation/register");
        assertThat(visitor.get("/organisation/register").body()).contains("Föreningen Utan Konto");
        assertThat(visitor.get("/organisation").statusCode()).as("the rest of /organisation still needs a login")
                .isEqualTo(302);
    }

    @Test
    void publicPagesVaryByCookieAndSetNoCookieOrSession() {
        String id = Seed.publishedNotice(stack, "huddinge-centrum", "Ingen session behövs");
        PortalSession resident = PortalSession.anonymous(stack.portalUrl());

        for (String path : List.of("/public/notices", "/public/notices/" + id + "/sv", "/public/notices/" + id + "/ar")) {
            HttpResponse<String> page = resident.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().allValues("Vary")).as(path).anySatisfy(v -> assertThat(v).contains("Cookie"));
            assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(resident.hasCookie("PORTALSESSION")).isFalse();
    }

    @Test
    void publicAndLoggedInPagesCarryAStrictContentSecurityPolicyAndTheOtherSecurityHeaders() {
        String id = Seed.publishedNotice(stack, "huddinge-centrum", "Med säkerhetsrubriker");
        HttpResponse<String> publicPage = PortalSession.anonymous(stack.portalUrl()).get("/public/notices/" + id + "/sv");
        HttpResponse<String> staffPage = PortalSession.login(stack.portalUrl(), "staff").get("/crisis/needs");

        for (HttpResponse<String> page : List.of(publicPage, staffPage)) {
            assertThat(page.statusCode()).isEqualTo(200);
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(page.uri().toString()).contains("default-src 'self'", "script-src 'self'",
                    "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'");
            assertThat(csp).doesNotContain("unsafe-inline", "unsafe-eval", "*");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(page.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()");
            // nothing on the page needs an exception to the policy
            assertThat(page.body()).doesNotContain("<style", " style=", " onclick=", "javascript:")
                    .doesNotContainPattern("<script(?![^>]*\\ssrc=)");
        }
        // signing out redirects a form post to the issuer: form-action must allow it
        assertThat(staffPage.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("form-action 'self' " + stack.issuerUrl());
    }

    @Test
    void thePortalsMetricsAreForOperatorsOnlyWhileItsHealthStaysOpen() {
        // (the session asks for text/html on every request; health answers JSON, the scrape format is text/plain)
        assertThat(PortalSession.anonymous(stack.portalUrl()).get("/actuator/health", Map.of("Accept", "application/json"))
                .statusCode()).isEqualTo(200);
        assertThat(PortalSession.anonymous(stack.portalUrl()).get("/actuator/prometheus").statusCode())
                .as("anonymous: sent to log in").isEqualTo(302);
        assertThat(PortalSession.login(stack.portalUrl(), "staff").get("/actuator/prometheus").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = PortalSession.login(stack.portalUrl(), "operator").get("/actuator/prometheus",
                Map.of("Accept", "text/plain"));
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void behindATlsProxyTheLoginRedirectIsHttpsOnThePublicHostName() {
        HttpResponse<String> start = PortalSession.anonymous(stack.portalUrl()).get("/start",
                Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "portal.huddinge.example", "X-Forwarded-Port", "443"));

        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow())
                .startsWith("https://portal.huddinge.example/oauth2/authorization/samverkan");
    }

    @Test
    void anEditorTabThatIsNoLanguageTagIsNotExpandedAsAUriTemplateAndOpensSwedish() {
        var draft = stack.communications().post("/api/notices", stack.token("comms"), """
                {"incident": "storm-2026", "category": "Met", "urgency": "Expected", "severity": "Minor", "certainty": "Likely",
                 "areas": ["snattringe"], "targetGroups": [], "sourceLanguage": "sv",
                 "texts": {"sv": {"headline": "Flik med klammer", "body": "Text."}}}""");
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        String id = draft.json().get("notice").get("id").asString();
        PortalSession comms = PortalSession.login(stack.portalUrl(), "comms");

        HttpResponse<String> submitted = comms.post("/notices/" + id + "/submission",
                Map.of("tab", "{x}", "_csrf", comms.csrfOf("/notices/" + id + "/sv")));

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        assertThat(submitted.headers().firstValue("Location").orElseThrow()).endsWith("/notices/" + id + "/sv");
    }
}
