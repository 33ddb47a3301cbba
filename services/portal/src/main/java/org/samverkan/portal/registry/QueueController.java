package org.samverkan.portal.registry;

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
 * The verification queue: pending organisations, oldest first, each with the existing organisations its name
 * resembles. The administrator verifies it, merges it into the one it duplicates, or dismisses the warning.
 */
@Controller
class QueueController {
    private final Services services;

    QueueController(Services services) {
        this.services = services;
    }

    @GetMapping("/registry/queue")
    String queue(Model model) {
        model.addAttribute("queue", services.registry().list("/api/verification-queue?limit=200"));
        return "registry/queue";
    }

    @PostMapping("/registry/queue/{id}/verification")
    String verify(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(() -> services.registry().post("/api/organizations/{id}/verification", null, id),
                "verified", model, response, redirect);
    }

    /** Keeps {@code survivor}; {@code mergedId} becomes MERGED and its reach and contact persons move over. */
    @PostMapping("/registry/queue/{survivor}/merge")
    String merge(@PathVariable String survivor, @RequestParam String mergedId, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        return act(() -> services.registry().post("/api/organizations/{id}/merge", Map.of("mergedId", mergedId), survivor),
                "merged", model, response, redirect);
    }

    @PostMapping("/registry/queue/flags/{flagId}/dismissal")
    String dismiss(@PathVariable String flagId, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(() -> services.registry().post("/api/duplicate-flags/{id}/dismissal", null, flagId),
                "dismissed", model, response, redirect);
    }

    private String act(Runnable call, String done, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            call.run();
            redirect.addFlashAttribute("done", done);
            return "redirect:/registry/queue";
        } catch (ServiceProblem problem) {
            // e.g. 409 "already verified" when another administrator was quicker: say so above the fresh queue
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return queue(model);
        }
    }
}
