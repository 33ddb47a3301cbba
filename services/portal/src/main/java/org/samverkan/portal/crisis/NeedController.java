package org.samverkan.portal.crisis;

import java.util.Collections;
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
 * One need: its progress, the offers that could meet it ranked with the reasons (per criterion: what is covered
 * and what is missing), the commitments proposed so far, and the decisions — propose a commitment, close the need.
 */
@Controller
class NeedController {
    private final Services services;

    NeedController(Services services) {
        this.services = services;
    }

    @GetMapping("/crisis/needs/{id}")
    String need(@PathVariable String id, Model model) {
        Map<String, Object> need = services.inventory().get("/api/needs/{id}", id);
        model.addAttribute("need", need);
        boolean matchable = "OPEN".equals(need.get("status")) || "PARTIALLY_MET".equals(need.get("status"));
        model.addAttribute("matches", matchable ? services.inventory().list("/api/needs/{id}/matches?limit=10", id) : java.util.List.of());
        java.util.List<Map<String, Object>> commitments = services.inventory().list("/api/commitments?needId={id}", id);
        model.addAttribute("commitments", commitments);
        model.addAttribute("organisations", names(commitments));
        return "crisis/need";
    }

    /** The committed organisations' names from the registry, so staff see who, not an id. */
    private Map<Object, String> names(java.util.List<Map<String, Object>> commitments) {
        Map<Object, String> names = new java.util.HashMap<>();
        commitments.forEach(c -> names.computeIfAbsent(c.get("organizationId"), org -> {
            try {
                return (String) services.registry().get("/api/organizations/{id}", org).get("name");
            } catch (ServiceProblem unknown) {
                return String.valueOf(org);
            }
        }));
        return names;
    }

    @PostMapping("/crisis/needs/{id}/commitments")
    String propose(@PathVariable String id, @RequestParam String offerId, @RequestParam(required = false) String quantity,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Object amount = quantity != null && quantity.strip().matches("\\d{1,9}") ? Integer.valueOf(quantity.strip()) : null;
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("needId", id);
        body.put("offerId", offerId);
        body.put("quantity", amount);
        return decide(id, () -> services.inventory().post("/api/commitments", body), offerId, model, response, redirect);
    }

    @PostMapping("/crisis/needs/{id}/closure")
    String close(@PathVariable String id, @RequestParam(required = false) String reason, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        return decide(id, () -> services.inventory().post("/api/needs/{id}/closure", Collections.singletonMap("reason", reason), id),
                null, model, response, redirect);
    }

    private String decide(String id, Runnable call, String offerId, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        try {
            call.run();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/crisis/needs/" + id;
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            model.addAttribute("failedOffer", offerId); // the problem is shown next to this match's quantity
            return need(id, model);
        }
    }
}
