package org.samverkan.portal.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.samverkan.portal.security.PortalUser;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A representative's own organisation: its status in the registry and its profile with the reach (areas,
 * languages, groups, channels) the municipality uses to route notices and find capacity. An account whose
 * organisation is not in the registry is pointed to registration.
 */
@Controller
class ProfileController {
    private final Services services;

    ProfileController(Services services) {
        this.services = services;
    }

    @GetMapping("/organisation")
    String profile(Authentication auth, Model model) {
        PortalUser user = PortalUser.of(auth);
        Map<String, Object> organisation = organisation(user);
        if (organisation == null) {
            return "organisation/unregistered";
        }
        return show(organisation, ProfileForm.of(organisation), ProfileForm.channelsOf(organisation), model);
    }

    @PostMapping("/organisation")
    String save(Authentication auth, @ModelAttribute ProfileForm form, @RequestParam Map<String, String> params,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        PortalUser user = PortalUser.of(auth);
        Map<String, Object> organisation = services.registry().get("/api/organizations/{id}", user.organizationId());
        List<Map<String, Object>> channels = ProfileForm.enteredChannels(params);
        try {
            services.registry().put("/api/organizations/{id}/profile", form.profile(channels, organisation.get("contactPoints")),
                    user.organizationId());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisation";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            Map<String, Object> entered = new LinkedHashMap<>();
            channels.forEach(c -> entered.put((String) c.get("kind"), c.get("estimatedReach")));
            return show(organisation, form, entered, model);
        }
    }

    private Map<String, Object> organisation(PortalUser user) {
        if (user.organizationId() == null) {
            OwnOrganisation.requireChoice(user);
            return null;
        }
        try {
            return services.registry().get("/api/organizations/{id}", user.organizationId());
        } catch (ServiceProblem problem) {
            if (problem.getStatus() == 404) {
                return null; // the account's organisation was never registered (or under another id)
            }
            throw problem;
        }
    }

    private static String show(Map<String, Object> organisation, ProfileForm form, Map<String, Object> channels, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("channels", channels);
        return "organisation/profile";
    }
}
