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
 * verify, suspend (with a reason about the organisation, never a person) and reinstate.
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
        return "registry/organisation";
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
