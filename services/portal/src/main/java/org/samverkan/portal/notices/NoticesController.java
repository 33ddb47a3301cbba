package org.samverkan.portal.notices;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.web.Labels;
import org.samverkan.portal.PortalProperties;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A new notice, and opening any notice by its id (the id is in every review request and delivery). */
@Controller
class NoticesController {
    private final Services services;
    private final PortalProperties properties;
    private final Labels labels;

    NoticesController(Services services, PortalProperties properties, Labels labels) {
        this.labels = labels;
        this.services = services;
        this.properties = properties;
    }

    @GetMapping("/notices/open")
    String open(@RequestParam String id, @RequestParam(required = false) String add) {
        String notice = id.strip();
        if (!notice.matches("[A-Za-z0-9-]{1,80}") || (add != null && !add.matches("[a-z]{2,3}(-[a-zA-Z0-9]{1,8})*"))) {
            return "redirect:/notices"; // not an id or a language tag: nothing to open
        }
        // "add" opens the tab of a language the notice has no text in yet.
        return "redirect:/notices/" + notice + (add == null ? "" : "/" + add);
    }

    @GetMapping("/notices/new")
    String form(Model model) {
        model.addAttribute("form", NewNoticeForm.empty(properties.defaultIncident()));
        return "notices/new";
    }

    @PostMapping("/notices")
    String create(@ModelAttribute("form") NewNoticeForm form, Model model, HttpServletResponse response) {
        try {
            Map<String, Object> created = services.communications().post("/api/notices", form.draft(labels.easyReadTag()));
            Notice notice = Notice.of(created);
            return "redirect:/notices/" + notice.id() + "/sv";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return "notices/new";
        }
    }

    /** Where the service's text fields are on the new-notice form, for error links ({@code ServiceProblem.idOf}). */
    @ModelAttribute("fieldIds")
    Map<String, String> fieldIds() {
        String easy = "texts." + labels.easyReadTag();
        return Map.of("texts.sv", "swedish", "texts.sv.headline", "headline", "texts.sv.body", "body",
                "texts.sv.instruction", "instruction", easy, "easy-read",
                easy + ".headline", "easyHeadline", easy + ".body", "easyBody", easy + ".instruction", "easyInstruction");
    }

    @ModelAttribute("categories")
    List<String> categories() {
        return List.of("Safety", "Health", "Met", "Infra", "Transport", "Security", "Rescue", "Fire", "Env", "Geo", "CBRNE", "Other");
    }
}
