package org.samverkan.portal.organisation;

import java.util.List;

import jakarta.servlet.http.HttpSession;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.samverkan.portal.security.ActingOrganisation;
import org.samverkan.portal.security.PortalUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My organisations": a person who represents several organisations chooses the one they act for; the choice is
 * kept in the session and every service call names it. The organisations are shown by their registry names.
 */
@Controller
class OrganisationChoiceController {
    static final String PAGE = "/organisation/choice";
    private final Services services;

    OrganisationChoiceController(Services services) {
        this.services = services;
    }

    @GetMapping(PAGE)
    String choices(Authentication auth, Model model) {
        PortalUser user = PortalUser.of(auth);
        model.addAttribute("choices", user.organizationIds().stream()
                .map(id -> new Choice(id, name(id), id.equals(user.organizationId()))).toList());
        return "organisation/choice";
    }

    @PostMapping(PAGE)
    String choose(Authentication auth, @RequestParam String organizationId, HttpSession session, RedirectAttributes redirect) {
        if (!PortalUser.of(auth).organizationIds().contains(organizationId)) {
            throw new ServiceProblem(403, "Forbidden", "", List.of());
        }
        ActingOrganisation.choose(session, organizationId);
        redirect.addFlashAttribute("chosen", true);
        return "redirect:/organisation";
    }

    /** The registry's name; null if the registry does not let them read it (e.g. the organisation is suspended). */
    private String name(String organizationId) {
        try {
            Object name = services.registry().getActingFor(organizationId, "/api/organizations/{id}", organizationId).get("name");
            return name == null ? null : name.toString();
        } catch (ServiceProblem unreadable) {
            return null;
        }
    }

    record Choice(String id, String name, boolean current) {
    }
}
