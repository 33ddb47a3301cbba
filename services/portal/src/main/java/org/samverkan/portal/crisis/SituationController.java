package org.samverkan.portal.crisis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Situation updates: an incident's dated series and the form for the next one. Publishing delivers it at once to
 * every verified organisation reaching an affected area.
 */
@Controller
class SituationController {
    static final String DEFAULT_INCIDENT = "storm-2026";
    static final String[] SEVERITIES = {"Extreme", "Severe", "Moderate", "Minor", "Unknown"};
    private final Services services;

    SituationController(Services services) {
        this.services = services;
    }

    record SituationForm(String incident, String title, String situation, String measuresTaken, String nextSteps,
                         List<String> areas, List<String> targetGroups, String severity) {
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("incident", incident);
            body.put("title", title);
            body.put("situation", situation);
            body.put("measuresTaken", measuresTaken);
            body.put("nextSteps", nextSteps);
            body.put("areas", areas == null ? List.of() : areas);
            body.put("targetGroups", targetGroups == null ? List.of() : targetGroups);
            body.put("severity", severity == null || severity.isBlank() ? null : severity);
            return body;
        }
    }

    @GetMapping("/crisis/situation")
    String series(@RequestParam(defaultValue = DEFAULT_INCIDENT) String incident, Model model) {
        return show(incident, new SituationForm(incident, "", "", "", "", List.of(), List.of(), "Moderate"), model);
    }

    @PostMapping("/crisis/situation")
    String publish(@ModelAttribute SituationForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            services.communications().post("/api/situation-updates", form.body());
            redirect.addFlashAttribute("published", true);
            return "redirect:/crisis/situation?incident=" + java.net.URLEncoder.encode(form.incident(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(form.incident() == null || form.incident().isBlank() ? DEFAULT_INCIDENT : form.incident(), form, model);
        }
    }

    private String show(String incident, SituationForm form, Model model) {
        List<Map<String, Object>> series = new java.util.ArrayList<>(
                services.communications().list("/api/incidents/{incident}/situation-updates", incident));
        java.util.Collections.reverse(series); // newest first: the latest picture matters most
        model.addAttribute("incident", incident);
        model.addAttribute("updates", series);
        model.addAttribute("form", form);
        model.addAttribute("severities", SEVERITIES);
        return "crisis/situation";
    }
}
