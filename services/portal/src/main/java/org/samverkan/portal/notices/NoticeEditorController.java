package org.samverkan.portal.notices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notice editor: one tab (a plain link) per language, the required-languages checklist with its reasons, a
 * preview of the open language as residents will see it, and the workflow — submit, equality review, publish.
 * Which buttons show depends on the role; the communications service decides again on every call.
 */
@Controller
class NoticeEditorController {
    /** A BCP 47 tag as the tabs use them; anything else in {@code tab} falls back to Swedish. */
    static final String LANGUAGE = "[a-z]{2,3}(?:-[a-zA-Z0-9]{1,8})*";
    private static final String ID = "[A-Za-z0-9-]{1,80}";
    private final Services services;

    NoticeEditorController(Services services) {
        this.services = services;
    }

    @GetMapping("/notices/{id}")
    String notice(@PathVariable String id) {
        return "redirect:/notices/" + id + "/sv";
    }

    @GetMapping("/notices/{id}/{language:[a-z]{2,3}(?:-[a-zA-Z0-9]{1,8})*}")
    String tab(@PathVariable String id, @PathVariable String language, Model model, HttpSession session) {
        Notice notice = load(id, session);
        return show(notice, language, notice.text(language), model, translations(services, id));
    }

    /**
     * The notice's translation requests, or none if communications cannot say: the editor still works without them
     * (an older communications service, or a role that may read the notice but not its requests).
     */
    static List<Translation> translations(Services services, String id) {
        try {
            return services.communications().list("/api/notices/{id}/translation-requests", id).stream().map(Translation::of).toList();
        } catch (RuntimeException unavailable) {
            return List.of();
        }
    }

    /**
     * Saves one language's text into the whole draft, guarded by the version the page was shown with: if someone
     * saved the notice in between, the service answers 409 and the page shows it with the user's text kept (saving
     * again then applies it to the other person's newer draft).
     */
    @PostMapping("/notices/{id}/{language:[a-z]{2,3}(?:-[a-zA-Z0-9]{1,8})*}")
    String save(@PathVariable String id, @PathVariable String language, @ModelAttribute TextForm text,
                @RequestParam(required = false) Long version, Model model,
                HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        Notice notice = load(id, session);
        try {
            long seen = version == null ? notice.version() : version;
            services.communications().putIfMatch("/api/notices/{id}", notice.withText(language, text), seen, id);
            redirect.addFlashAttribute("saved", true);
            return editor(id, language);
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            model.addAttribute("conflict", problem.getStatus() == HttpStatus.CONFLICT.value());
            return show(load(id, session), language, text, model);
        }
    }

    /** The preview of unsaved text, for htmx while the officer types (nothing is saved). */
    @PostMapping("/notices/{id}/{language:[a-z]{2,3}(?:-[a-zA-Z0-9]{1,8})*}/preview")
    String preview(@PathVariable String language, @ModelAttribute TextForm text, Model model) {
        model.addAttribute("language", language);
        model.addAttribute("text", text);
        model.addAttribute("live", true);
        return "notices/editor :: preview";
    }

    @PostMapping("/notices/{id}/submission")
    String submit(@PathVariable String id, @RequestParam(defaultValue = "sv") String tab, Model model,
                  HttpSession session, HttpServletResponse response) {
        return step(id, tab, "/api/notices/{id}/submission", null, model, session, response);
    }

    @PostMapping("/notices/{id}/review")
    String review(@PathVariable String id, @RequestParam(defaultValue = "sv") String tab,
                  @RequestParam Map<String, String> form, Model model, HttpSession session, HttpServletResponse response) {
        Map<String, Object> checklist = new LinkedHashMap<>();
        for (String item : new String[] {"languages", "easyRead", "accessibleFormats", "groupsReached"}) {
            checklist.put(item, form.containsKey("checklist." + item));
        }
        Map<String, String> justifications = new LinkedHashMap<>();
        form.forEach((key, value) -> {
            if (key.startsWith("justification.") && !value.isBlank()) {
                justifications.put(key.substring("justification.".length()), value.strip());
            }
        });
        // kept for the page shown again if the review is refused, so nothing ticked or written is lost
        model.addAttribute("review", form);
        return step(id, tab, "/api/notices/{id}/review", Map.of("checklist", checklist, "justifications", justifications),
                model, session, response);
    }

    /** The equality lead's "not yet": back to draft, with the comment the officer then reads above the editor. */
    @PostMapping("/notices/{id}/send-back")
    String sendBack(@PathVariable String id, @RequestParam(defaultValue = "sv") String tab, @RequestParam(defaultValue = "") String comment,
                    Model model, HttpSession session, HttpServletResponse response) {
        model.addAttribute("sendBackComment", comment); // kept for the page shown again if refused
        return step(id, tab, "/api/notices/{id}/send-back", Map.of("comment", comment), model, session, response);
    }

    /**
     * "Ask for a translation" of the open tab's missing language: communications asks the verified organisations
     * offering interpretation in it and e-mails each its translator's link; the request and its answers then show
     * under the editor (proposals marked as sent by the organisation, to be reviewed).
     */
    @PostMapping("/notices/{id}/translation-requests")
    String askTranslation(@PathVariable String id, @RequestParam(defaultValue = "sv") String tab, Model model,
                          HttpSession session, HttpServletResponse response, RedirectAttributes redirect) {
        String language = tab.matches(LANGUAGE) ? tab : "sv";
        try {
            services.communications().post("/api/notices/{id}/translation-requests", Map.of("language", language), id);
            redirect.addFlashAttribute("translationAsked", true);
            return editor(id, language);
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            Notice notice = load(id, session);
            return show(notice, language, notice.text(language), model, translations(services, id));
        }
    }

    @PostMapping("/notices/{id}/publication")
    String publish(@PathVariable String id, @RequestParam(defaultValue = "sv") String tab, Model model,
                   HttpSession session, HttpServletResponse response) {
        return step(id, tab, "/api/notices/{id}/publication", null, model, session, response);
    }

    private String step(String id, String tab, String api, Object body, Model model, HttpSession session,
                        HttpServletResponse response) {
        try {
            services.communications().post(api, body, id);
            return editor(id, tab);
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            Notice notice = load(id, session);
            String language = tab != null && tab.matches(LANGUAGE) ? tab : "sv";
            return show(notice, language, notice.text(language), model);
        }
    }

    /**
     * The editor's address, built from checked parts only: a redirect string is a URI template, so a "{x}" in a
     * user's tab or id would otherwise be expanded (and fail). An unknown tab opens Swedish.
     */
    static String editor(String id, String tab) {
        if (!id.matches(ID)) {
            throw new ServiceProblem(HttpStatus.NOT_FOUND.value(), "Not found", "", java.util.List.of());
        }
        return "redirect:/notices/" + id + "/" + (tab != null && tab.matches(LANGUAGE) ? tab : "sv");
    }

    private Notice load(String id, HttpSession session) {
        return load(services, id);
    }

    static Notice load(Services services, String id) {
        return Notice.of(services.communications().get("/api/notices/{id}", id));
    }

    static String show(Notice notice, String language, TextForm text, Model model, List<Translation> translations) {
        model.addAttribute("translations", translations);
        return show(notice, language, text, model);
    }

    static String show(Notice notice, String language, TextForm text, Model model) {
        model.addAttribute("notice", notice);
        model.addAttribute("language", language);
        model.addAttribute("text", text);
        model.addAttribute("fieldIds", Notice.fieldIds(language));
        return "notices/editor";
    }
}
