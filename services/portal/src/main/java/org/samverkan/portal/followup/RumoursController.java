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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rumour register: report a rumour (anyone in follow-up), and the list of rumours the user may see. */
@Controller
class RumoursController {
    static final String[] CHANNELS = {"social-media", "messaging-app", "word-of-mouth", "meeting-place", "local-media", "other"};
    static final String[] STATUSES = {"REPORTED", "VERIFYING", "CONFIRMED", "DEBUNKED", "ADDRESSED"};
    private final Services services;

    RumoursController(Services services) {
        this.services = services;
    }

    record RumourForm(String text, String language, String channel, List<String> areas, List<String> targetGroups,
                      String stigmatising) {
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", text);
            body.put("language", Forms.text(language));
            body.put("channel", Forms.text(channel));
            body.put("areas", Forms.codes(areas));
            body.put("targetGroups", Forms.codes(targetGroups));
            body.put("stigmatising", "true".equals(stigmatising));
            return body;
        }
    }

    @GetMapping("/followup/rumours")
    String rumours(@RequestParam(required = false) String status, Model model) {
        return show(status, new RumourForm("", "sv", "", List.of(), List.of(), null), model);
    }

    @PostMapping("/followup/rumours")
    String report(@ModelAttribute RumourForm form, Model model, HttpServletResponse response) {
        try {
            String id = (String) services.followUp().post("/api/rumours", form.body()).get("id");
            return "redirect:/followup/rumours/" + id;
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(null, form, model);
        }
    }

    private String show(String status, RumourForm form, Model model) {
        boolean filtered = status != null && !status.isBlank();
        model.addAttribute("rumours", filtered ? services.followUp().list("/api/rumours?status={s}", status)
                : services.followUp().list("/api/rumours"));
        model.addAttribute("status", filtered ? status : "");
        model.addAttribute("form", form);
        model.addAttribute("channels", CHANNELS);
        model.addAttribute("statuses", STATUSES);
        return "followup/rumours";
    }
}
