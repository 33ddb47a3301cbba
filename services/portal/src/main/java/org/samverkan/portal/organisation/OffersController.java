package org.samverkan.portal.organisation;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisation's capacity offers: what it can give, how much is already committed, and whether it counts
 * (only a verified organisation's active offers are matched). New offers and withdrawals.
 */
@Controller
class OffersController {
    private final Services services;

    OffersController(Services services) {
        this.services = services;
    }

    /** Optionally pre-filled with what an open need asks for, when the representative came from the needs page. */
    @GetMapping("/organisation/offers")
    String offers(@RequestParam(required = false) String resourceType, @RequestParam(required = false) List<String> areas,
                  @RequestParam(required = false) List<String> languages,
                  @RequestParam(required = false) List<String> targetGroups, Model model) {
        return show(OfferForm.empty().forNeed(resourceType, areas, languages, targetGroups), model);
    }

    @PostMapping("/organisation/offers")
    String offer(@ModelAttribute OfferForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            services.inventory().post("/api/offers", form.body());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisation/offers";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(form, model);
        }
    }

    @PostMapping("/organisation/offers/{id}/withdrawal")
    String withdraw(@PathVariable String id, RedirectAttributes redirect) {
        services.inventory().post("/api/offers/{id}/withdrawal", null, id);
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/organisation/offers";
    }

    private String show(OfferForm form, Model model) {
        model.addAttribute("offers", services.inventory().list("/api/offers"));
        model.addAttribute("form", form);
        return "organisation/offers";
    }
}
