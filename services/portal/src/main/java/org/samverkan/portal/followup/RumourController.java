package org.samverkan.portal.followup;

import java.util.LinkedHashMap;
import java.util.List;
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
 * One rumour and, for staff, its handling: move it on (reported → verifying → confirmed or debunked → addressed)
 * and ask communications for a counter-message, which becomes a draft notice for them to write.
 */
@Controller
class RumourController {
    /** Which moves the page offers from each status; the service decides again (422 naming status). */
    static final Map<String, List<String>> NEXT = Map.of(
            "REPORTED", List.of("VERIFYING"),
            "VERIFYING", List.of("CONFIRMED", "DEBUNKED"),
            "CONFIRMED", List.of("ADDRESSED"),
            "DEBUNKED", List.of("ADDRESSED"),
            "ADDRESSED", List.of());
    private final Services services;

    RumourController(Services services) {
        this.services = services;
    }

    @GetMapping("/followup/rumours/{id}")
    String rumour(@PathVariable String id, Model model) {
        Map<String, Object> rumour = services.followUp().get("/api/rumours/{id}", id);
        model.addAttribute("rumour", rumour);
        model.addAttribute("next", NEXT.getOrDefault((String) rumour.get("status"), List.of()));
        if (!model.containsAttribute("languages")) {
            model.addAttribute("languages", List.of());
        }
        return "followup/rumour";
    }

    @PostMapping("/followup/rumours/{id}/status")
    String move(@PathVariable String id, @RequestParam(required = false) String status,
                @RequestParam(required = false) String note, Model model, HttpServletResponse response,
                RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", Forms.text(status));
        body.put("note", Forms.text(note));
        return act(id, "/api/rumours/{id}/status", body, model, response, redirect);
    }

    @PostMapping("/followup/rumours/{id}/counter-message")
    String counterMessage(@PathVariable String id, @RequestParam(required = false) String summary,
                          @RequestParam(required = false) List<String> languages, Model model,
                          HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("summary", summary);
        body.put("languages", Forms.codes(languages));
        model.addAttribute("summary", summary);
        model.addAttribute("languages", Forms.codes(languages));
        return act(id, "/api/rumours/{id}/counter-message", body, model, response, redirect);
    }

    private String act(String id, String api, Map<String, Object> body, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        try {
            services.followUp().post(api, body, id);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/followup/rumours/" + id;
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return rumour(id, model);
        }
    }
}
