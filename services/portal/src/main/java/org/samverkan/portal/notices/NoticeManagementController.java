package org.samverkan.portal.notices;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managing a notice from its editor beyond the release workflow: cancel a published notice, start its update (a
 * new draft that replaces it when published), and edit its audio and sign-language links.
 */
@Controller
class NoticeManagementController {
    private final Services services;

    NoticeManagementController(Services services) {
        this.services = services;
    }

    @PostMapping("/notices/{id}/cancellation")
    String cancel(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
        try {
            services.communications().post("/api/notices/{id}/cancellation", Map.of("reason", reason.strip()), id);
            return NoticeEditorController.editor(id, "sv");
        } catch (ServiceProblem problem) {
            return refused(id, problem, model, response);
        }
    }

    /** The update starts as a copy of the published content naming what it replaces; the officer edits it as any draft. */
    @PostMapping("/notices/{id}/update")
    String update(@PathVariable String id, Model model, HttpServletResponse response) {
        try {
            Notice published = NoticeEditorController.load(services, id);
            Map<String, Object> draft = new LinkedHashMap<>(published.content());
            draft.put("replaces", id);
            Notice update = Notice.of(services.communications().post("/api/notices", draft));
            return NoticeEditorController.editor(update.id(), "sv");
        } catch (ServiceProblem problem) {
            return refused(id, problem, model, response);
        }
    }

    /** Guarded by the version the page showed, as a text save is: a concurrent save is refused, not undone. */
    @PostMapping("/notices/{id}/media")
    String media(@PathVariable String id, @RequestParam Map<String, String> form, @RequestParam(required = false) Long version,
                 Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Notice notice = NoticeEditorController.load(services, id);
        try {
            services.communications().putIfMatch("/api/notices/{id}", MediaForm.from(form).into(notice.content()),
                    version == null ? notice.version() : version, id);
            redirect.addFlashAttribute("mediaSaved", true);
            return NoticeEditorController.editor(id, "sv");
        } catch (ServiceProblem problem) {
            return refused(id, problem, model, response);
        }
    }

    private String refused(String id, ServiceProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.getStatus());
        model.addAttribute("problem", problem);
        model.addAttribute("conflict", problem.getStatus() == 409);
        Notice notice = NoticeEditorController.load(services, id);
        return NoticeEditorController.show(notice, "sv", notice.text("sv"), model);
    }
}
