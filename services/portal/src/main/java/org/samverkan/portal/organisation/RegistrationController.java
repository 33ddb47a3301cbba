package org.samverkan.portal.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering an organisation: it starts PENDING until a registry administrator verifies it; then the registry
 * invites the applicant's e-mail as its representative (Keycloak sends the "set your password" e-mail).
 */
@Controller
class RegistrationController {
    static final String[] KINDS = {"ASSOCIATION", "FAITH_COMMUNITY", "VOLUNTARY_GROUP", "NGO", "INFORMAL_NETWORK",
            "COMPANY", "MUNICIPAL_UNIT", "REGION"};
    private final Services services;

    RegistrationController(Services services) {
        this.services = services;
    }

    /**
     * The notice address (noticeEmail, noticeSms) is the organisation's own, where it receives notices; the applicant's
     * e-mail is whom the registry invites as the first representative once the organisation is verified.
     */
    record RegistrationForm(String name, String kind, String organizationNumber, String description, String noticeEmail,
                            String noticeSms, String applicantEmail) {
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("kind", blank(kind) ? null : kind);
            body.put("organizationNumber", blank(organizationNumber) ? null : organizationNumber);
            body.put("description", blank(description) ? null : description);
            body.put("applicantEmail", blank(applicantEmail) ? null : applicantEmail.strip());
            if (!blank(noticeEmail) || !blank(noticeSms)) {
                Map<String, Object> address = new LinkedHashMap<>();
                address.put("email", blank(noticeEmail) ? null : noticeEmail.strip());
                address.put("sms", blank(noticeSms) ? null : noticeSms.strip());
                body.put("noticeAddress", address);
            }
            return body;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** The registry names the address's fields noticeAddress.email and .sms; the form's inputs are these. */
    @ModelAttribute("fieldIds")
    Map<String, String> fieldIds() {
        return Map.of("noticeAddress.email", "noticeEmail", "noticeAddress.sms", "noticeSms");
    }

    @GetMapping("/organisation/register")
    String form(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new RegistrationForm("", "ASSOCIATION", "", "", "", "", ""));
        }
        model.addAttribute("kinds", KINDS);
        return "organisation/register";
    }

    @PostMapping("/organisation/register")
    String register(@ModelAttribute("form") RegistrationForm form, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("registered", services.publicRegistry().post("/api/organizations", form.body()));
            return "redirect:/organisation/register";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            model.addAttribute("kinds", KINDS);
            return "organisation/register";
        }
    }
}
