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

/**
 * Follow-up reports: the equality lead drafts one from the dashboard's figures for a period; staff read them;
 * representatives read those shared with their organisation.
 */
@Controller
class ReportsController {
    private final Services services;

    ReportsController(Services services) {
        this.services = services;
    }

    record DraftForm(String title, String summary, String from, String to, String commentDeadline) {
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", title);
            body.put("summary", summary);
            body.put("from", Forms.text(from));
            body.put("to", Forms.text(to));
            body.put("commentDeadline", LocalTimes.instant(commentDeadline));
            return body;
        }
    }

    @GetMapping("/followup/reports")
    String reports(Model model) {
        LocalDate today = LocalDate.now(LocalTimes.STOCKHOLM);
        String deadline = LocalTimes.inDays(14);
        return show(new DraftForm("", "", today.minusDays(7).toString(), today.toString(), deadline), model);
    }

    @PostMapping("/followup/reports")
    String draft(@ModelAttribute DraftForm form, Model model, HttpServletResponse response) {
        try {
            String id = (String) services.followUp().post("/api/reports", form.body()).get("id");
            return "redirect:/followup/reports/" + id;
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(form, model);
        }
    }

    private String show(DraftForm form, Model model) {
        List<Map<String, Object>> reports = services.followUp().list("/api/reports");
        model.addAttribute("reports", reports);
        model.addAttribute("form", form);
        return "followup/reports";
    }
}
