package org.samverkan.portal.organisation;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who represents the organisation: its representatives invite further ones (the registry has Keycloak send the
 * "set your password" e-mail) and remove them. The registry decides who may; the page only shows its answers.
 */
@Controller
class RepresentativesController {
    private final Services services;

    RepresentativesController(Services services) {
        this.services = services;
    }

    record InvitationForm(String email) {
    }

    @GetMapping("/organisation/representatives")
    String list(Authentication auth, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new InvitationForm(""));
        }
        return show(OwnOrganisation.of(auth), model);
    }

    @PostMapping("/organisation/representatives")
    String invite(Authentication auth, @ModelAttribute("form") InvitationForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        String organisation = OwnOrganisation.of(auth);
        try {
            services.registry().post("/api/organizations/{id}/representatives",
                    Map.of("email", form.email() == null ? "" : form.email().strip()), organisation);
            redirect.addFlashAttribute("invited", form.email().strip());
            return "redirect:/organisation/representatives";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(organisation, model);
        }
    }

    @PostMapping("/organisation/representatives/{representativeId}/removal")
    String remove(Authentication auth, @PathVariable String representativeId, RedirectAttributes redirect) {
        services.registry().delete("/api/organizations/{id}/representatives/{representativeId}", OwnOrganisation.of(auth),
                representativeId);
        redirect.addFlashAttribute("removed", true);
        return "redirect:/organisation/representatives";
    }

    private String show(String organisation, Model model) {
        List<Map<String, Object>> representatives = services.registry().list("/api/organizations/{id}/representatives", organisation);
        model.addAttribute("representatives", representatives);
        return "organisation/representatives";
    }
}
