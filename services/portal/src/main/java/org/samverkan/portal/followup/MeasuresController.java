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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Compensatory measures: municipal services paused or reduced in the crisis, for whom and where, and what
 * compensates. Recorded and changed (the whole measure each time) by crisis staff and the equality lead.
 */
@Controller
class MeasuresController {
    static final String[] REDUCTIONS = {"PAUSED", "REDUCED"};
    static final String[] STATUSES = {"PLANNED", "ACTIVE", "ENDED"};
    private final Services services;

    MeasuresController(Services services) {
        this.services = services;
    }

    record MeasureForm(String pausedService, String reduction, List<String> areas, List<String> targetGroups,
                       String compensatingAction, String responsibleUnit, String status, String startsOn, String endsOn) {
        @SuppressWarnings("unchecked")
        static MeasureForm of(Map<String, Object> m) {
            return new MeasureForm((String) m.get("pausedService"), (String) m.get("reduction"), (List<String>) m.get("areas"),
                    (List<String>) m.get("targetGroups"), (String) m.get("compensatingAction"), (String) m.get("responsibleUnit"),
                    (String) m.get("status"), (String) m.get("startsOn"), (String) m.get("endsOn"));
        }

        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("pausedService", pausedService);
            body.put("reduction", Forms.text(reduction));
            body.put("areas", Forms.codes(areas));
            body.put("targetGroups", Forms.codes(targetGroups));
            body.put("compensatingAction", compensatingAction);
            body.put("responsibleUnit", responsibleUnit);
            body.put("status", Forms.text(status));
            body.put("startsOn", Forms.text(startsOn));
            body.put("endsOn", Forms.text(endsOn));
            return body;
        }
    }

    @GetMapping("/followup/measures")
    String measures(Model model) {
        MeasureForm empty = new MeasureForm("", "PAUSED", List.of(), List.of(), "", "", "ACTIVE",
                LocalDate.now(LocalTimes.STOCKHOLM).toString(), "");
        return show(null, empty, model);
    }

    @GetMapping("/followup/measures/{id}")
    String measure(@PathVariable String id, Model model) {
        return show(id, MeasureForm.of(services.followUp().get("/api/measures/{id}", id)), model);
    }

    @PostMapping("/followup/measures")
    String record(@ModelAttribute MeasureForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return save(null, form, model, response, redirect);
    }

    @PostMapping("/followup/measures/{id}")
    String change(@PathVariable String id, @ModelAttribute MeasureForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return save(id, form, model, response, redirect);
    }

    private String save(String id, MeasureForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            if (id == null) {
                services.followUp().post("/api/measures", form.body());
            } else {
                services.followUp().put("/api/measures/{id}", form.body(), id);
            }
            redirect.addFlashAttribute("saved", true);
            return "redirect:/followup/measures";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(id, form, model);
        }
    }

    private String show(String id, MeasureForm form, Model model) {
        model.addAttribute("measures", id == null ? services.followUp().list("/api/measures") : List.of());
        model.addAttribute("measureId", id);
        model.addAttribute("form", form);
        model.addAttribute("reductions", REDUCTIONS);
        model.addAttribute("statuses", STATUSES);
        return "followup/measures";
    }
}
