package org.samverkan.portal.notices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceClient;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Incidents: open one with a name and areas, close it when it is over (it and its notices leave the default
 * lists), archive it once closed. The communications service decides who may; the page shows the buttons to staff.
 */
@Controller
class IncidentsController {
    private final Services services;

    IncidentsController(Services services) {
        this.services = services;
    }

    record IncidentForm(String code, String name, List<String> areas) {
        IncidentForm {
            areas = areas == null ? List.of() : areas;
        }

        Map<String, Object> json() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", code);
            body.put("name", name);
            body.put("areas", areas);
            return body;
        }
    }

    /** Open incidents, and closed and archived ones too with {@code closed}; at most 200 (incidents are few). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(ServiceClient communications, boolean closed) {
        String uri = closed ? "/api/incidents?size=200&status=OPEN&status=CLOSED&status=ARCHIVED" : "/api/incidents?size=200";
        return (List<Map<String, Object>>) communications.get(uri).get("items");
    }

    @GetMapping("/notices/incidents")
    String incidents(@RequestParam(defaultValue = "false") boolean closed, Model model) {
        return show(closed, new IncidentForm("", "", List.of()), model);
    }

    @PostMapping("/notices/incidents")
    String open(@ModelAttribute IncidentForm form, Model model, HttpServletResponse response) {
        try {
            services.communications().post("/api/incidents", form.json());
            return "redirect:/notices/incidents";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(false, form, model);
        }
    }

    @PostMapping("/notices/incidents/{code}/{step:closure|archiving}")
    String step(@PathVariable String code, @PathVariable String step, Model model, HttpServletResponse response) {
        try {
            services.communications().post("/api/incidents/{code}/" + step, null, code);
            return "redirect:/notices/incidents?closed=true";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(true, new IncidentForm("", "", List.of()), model);
        }
    }

    private String show(boolean closed, IncidentForm form, Model model) {
        model.addAttribute("incidents", list(services.communications(), closed));
        model.addAttribute("closed", closed);
        model.addAttribute("form", form);
        return "notices/incidents";
    }
}
