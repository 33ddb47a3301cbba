package org.samverkan.portal.followup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.samverkan.portal.web.LocalTimes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Observations of what happens to groups in areas, reported by organisations and staff. Representatives see
 * their own organisation's; the service refuses texts that name individuals, and the page says so at the field.
 */
@Controller
class ObservationsController {
    static final String[] CATEGORIES = {"isolation", "digital-exclusion", "insecurity-public-space", "economic-hardship",
            "access-to-services", "health", "discrimination", "other"};
    static final String[] SEVERITIES = {"HIGH", "MEDIUM", "LOW"};
    private final Services services;

    ObservationsController(Services services) {
        this.services = services;
    }

    record ObservationForm(String area, List<String> targetGroups, List<String> languages, String category,
                           String description, String severity, String observedOn) {
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("area", Forms.text(area));
            body.put("targetGroups", Forms.codes(targetGroups));
            body.put("languages", Forms.codes(languages));
            body.put("category", Forms.text(category));
            body.put("description", description);
            body.put("severity", Forms.text(severity));
            body.put("observedOn", Forms.text(observedOn));
            return body;
        }
    }

    @GetMapping("/followup/observations")
    String observations(Model model) {
        return show(new ObservationForm("", List.of(), List.of(), "", "", "MEDIUM", LocalDate.now(LocalTimes.STOCKHOLM).toString()), model);
    }

    @PostMapping("/followup/observations")
    String report(@ModelAttribute ObservationForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            services.followUp().post("/api/observations", form.body());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/followup/observations";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(form, model);
        }
    }

    private String show(ObservationForm form, Model model) {
        model.addAttribute("observations", services.followUp().list("/api/observations"));
        model.addAttribute("form", form);
        model.addAttribute("categories", CATEGORIES);
        model.addAttribute("severities", SEVERITIES);
        return "followup/observations";
    }
}
