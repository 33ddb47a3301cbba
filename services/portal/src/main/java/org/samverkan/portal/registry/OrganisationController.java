package org.samverkan.portal.registry;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One organisation as the registry holds it, with its audit trail, and the administrator's decisions on it:
 * verify, suspend (with a reason about the organisation, never a person) and reinstate; and its notice address,
 * which lives in communications' inbox (ADR 0017), the same place the organisation's own inbox page edits.
 */
@Controller
class OrganisationController {
    private final Services services;

    OrganisationController(Services services) {
        this.services = services;
    }

    @GetMapping("/registry/organisations/{id}")
    String organisation(@PathVariable String id, Model model) {
        model.addAttribute("organisation", services.registry().get("/api/organizations/{id}", id));
        model.addAttribute("audit", services.registry().list("/api/audit?organizationId={id}", id));
        if (!model.containsAttribute("address")) {
            model.addAttribute("address", noticeAddress(id));
        }
        return "registry/organisation";
    }

    @PostMapping("/registry/organisations/{id}/notice-address")
    String changeNoticeAddress(@PathVariable String id, @RequestParam(required = false) String email,
                               @RequestParam(required = false) String sms, Model model, HttpServletResponse response,
                               RedirectAttributes redirect) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("email", email == null || email.isBlank() ? null : email.strip());
        body.put("sms", sms == null || sms.isBlank() ? null : sms.strip());
        try {
            services.communications().put("/api/organizations/{id}/inbox", body, id);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/registry/organisations/" + id;
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            model.addAttribute("address", body);
            return organisation(id, model);
        }
    }

    /**
     * The inbox as communications holds it; empty when none is registered (404) or the user may not see it (403),
     * {@code unavailable} when communications does not answer.
     */
    private Map<String, Object> noticeAddress(String id) {
        try {
            return services.communications().get("/api/organizations/{id}/inbox", id);
        } catch (ServiceProblem none) {
            if (none.getStatus() != 404 && none.getStatus() != 403) {
                throw none;
            }
            return Map.of();
        } catch (org.springframework.web.client.ResourceAccessException communicationsDown) {
            // The registry's own decisions stay usable while communications is away; the address is just not shown.
            return Map.of("unavailable", true);
        }
    }

    @PostMapping("/registry/organisations/{id}/verification")
    String verify(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, "verification", null, model, response, redirect);
    }

    @PostMapping("/registry/organisations/{id}/suspension")
    String suspend(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, "suspension", java.util.Collections.singletonMap("reason", reason), model, response, redirect);
    }

    @PostMapping("/registry/organisations/{id}/reinstatement")
    String reinstate(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, "reinstatement", java.util.Collections.singletonMap("reason", reason), model, response, redirect);
    }

    private String decide(String id, String decision, Map<String, String> body, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        try {
            services.registry().post("/api/organizations/{id}/" + decision, body, id);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/registry/organisations/" + id;
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            model.addAttribute("decision", decision);
            return organisation(id, model);
        }
    }
}
