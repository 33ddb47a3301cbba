package org.samverkan.portal.organisation;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.samverkan.portal.web.NeedForm;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Needs as the organisation sees them: the form to report one (crisis staff confirm it before it is matched), the
 * ones it reported with their status, and the open needs in its reach, each leading to the offer form.
 */
@Controller
class ReportedNeedsController {
    /** A page of each list; a representative's organisation reports a handful, the reach list is most urgent first. */
    private static final int SHOWN = 50;
    private final Services services;

    ReportedNeedsController(Services services) {
        this.services = services;
    }

    @GetMapping("/organisation/needs")
    String needs(Authentication auth, Model model) {
        return show(auth, NeedForm.empty(), model);
    }

    @PostMapping("/organisation/needs")
    String report(@ModelAttribute NeedForm form, Authentication auth, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            services.inventory().post("/api/needs", form.body());
            redirect.addFlashAttribute("sent", true);
            return "redirect:/organisation/needs";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(auth, form, model);
        }
    }

    private String show(Authentication auth, NeedForm form, Model model) {
        String organisation = OwnOrganisation.of(auth);
        model.addAttribute("reported", items(services.inventory().get(
                "/api/organizations/{org}/reported-needs?size={size}", organisation, SHOWN)));
        model.addAttribute("matching", matching(organisation));
        model.addAttribute("form", form);
        model.addAttribute("urgencies", NeedForm.URGENCIES);
        return "organisation/needs";
    }

    /** Until the registry's news of the organisation reaches the inventory, it knows no reach: nothing matches yet. */
    private List<Map<String, Object>> matching(String organisation) {
        try {
            return items(services.inventory().get("/api/organizations/{org}/matching-needs?size={size}", organisation, SHOWN));
        } catch (ServiceProblem problem) {
            if (problem.getStatus() == 404) {
                return List.of();
            }
            throw problem;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        Object items = page == null ? null : page.get("items");
        return items instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }
}
