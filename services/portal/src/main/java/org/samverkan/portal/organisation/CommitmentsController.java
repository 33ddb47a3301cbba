package org.samverkan.portal.organisation;

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
 * Commitments crisis staff proposed to the organisation: accept or decline each (a decline frees the offer's
 * quantity), and report what was delivered.
 */
@Controller
class CommitmentsController {
    private final Services services;

    CommitmentsController(Services services) {
        this.services = services;
    }

    @GetMapping("/organisation/commitments")
    String commitments(Model model) {
        model.addAttribute("commitments", services.inventory().list("/api/commitments"));
        return "organisation/commitments";
    }

    @PostMapping("/organisation/commitments/{id}/acceptance")
    String accept(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return answer(id, "/api/commitments/{id}/acceptance", null, model, response, redirect);
    }

    @PostMapping("/organisation/commitments/{id}/decline")
    String decline(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, Object> body = reason == null || reason.isBlank() ? null : Map.of("reason", reason);
        return answer(id, "/api/commitments/{id}/decline", body, model, response, redirect);
    }

    @PostMapping("/organisation/commitments/{id}/deliveries")
    String delivered(@PathVariable String id, @RequestParam(required = false) String quantity, Model model,
                     HttpServletResponse response, RedirectAttributes redirect) {
        Object amount = quantity != null && quantity.strip().matches("\\d{1,9}") ? Integer.valueOf(quantity.strip()) : null;
        return answer(id, "/api/commitments/{id}/deliveries", java.util.Collections.singletonMap("quantity", amount),
                model, response, redirect);
    }

    private String answer(String id, String api, Object body, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        try {
            services.inventory().post(api, body, id);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisation/commitments";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            model.addAttribute("failed", id);
            return commitments(model);
        }
    }
}
