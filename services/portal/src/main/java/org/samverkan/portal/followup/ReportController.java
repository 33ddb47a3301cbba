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
 * One report and its loop: the equality lead shares it with the organisations that contributed (and any named),
 * representatives comment until the deadline, the equality lead answers each comment and publishes the final
 * report with conclusions. The service decides who may do what and when; the page offers only what fits.
 */
@Controller
class ReportController {
    private final Services services;

    ReportController(Services services) {
        this.services = services;
    }

    @GetMapping("/followup/reports/{id}")
    String report(@PathVariable String id, Model model) {
        model.addAttribute("report", services.followUp().get("/api/reports/{id}", id));
        return "followup/report";
    }

    @PostMapping("/followup/reports/{id}/sharing")
    String share(@PathVariable String id, @RequestParam(required = false) String alsoShareWith, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        List<String> organisations = alsoShareWith == null ? List.of()
                : List.of(alsoShareWith.split("[\\s,]+")).stream().filter(s -> !s.isBlank()).toList();
        return act(id, "/api/reports/{id}/sharing", Map.of("alsoShareWith", organisations), null, model, response, redirect);
    }

    @PostMapping("/followup/reports/{id}/comments")
    String comment(@PathVariable String id, @RequestParam(required = false) String text, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("commentText", text);
        return act(id, "/api/reports/{id}/comments", textBody("text", text), null, model, response, redirect);
    }

    @PostMapping("/followup/reports/{id}/comments/{commentId}/answer")
    String answer(@PathVariable String id, @PathVariable String commentId, @RequestParam(required = false) String text,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("answerText", text);
        return act(id, "/api/reports/{id}/comments/" + commentId + "/answer", textBody("text", text), commentId,
                model, response, redirect);
    }

    @PostMapping("/followup/reports/{id}/publication")
    String publish(@PathVariable String id, @RequestParam(required = false) String conclusions, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        model.addAttribute("conclusionsText", conclusions);
        return act(id, "/api/reports/{id}/publication", textBody("conclusions", conclusions), null, model, response, redirect);
    }

    private static Map<String, Object> textBody(String field, String value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(field, value);
        return body;
    }

    private String act(String id, String api, Object body, String commentId, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        try {
            services.followUp().post(api, body, id);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/followup/reports/" + id;
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            model.addAttribute("failedComment", commentId); // an answer's error is shown at that comment's form
            return report(id, model);
        }
    }
}
