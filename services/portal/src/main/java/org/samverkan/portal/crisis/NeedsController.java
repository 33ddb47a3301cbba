package org.samverkan.portal.crisis;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.samverkan.portal.web.NeedForm;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every need, with the ones organisations reported waiting for confirmation, and the form to raise a new one. */
@Controller
class NeedsController {
    private final Services services;

    NeedsController(Services services) {
        this.services = services;
    }

    @GetMapping("/crisis/needs")
    String needs(@RequestParam(required = false) String status, Model model) {
        return show(status, NeedForm.empty(), model);
    }

    @PostMapping("/crisis/needs")
    String raise(@ModelAttribute NeedForm form, Model model, HttpServletResponse response) {
        try {
            String id = (String) services.inventory().post("/api/needs", form.body()).get("id");
            return "redirect:/crisis/needs/" + id;
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(null, form, model);
        }
    }

    @PostMapping("/crisis/needs/{id}/confirmation")
    String confirm(@PathVariable String id, RedirectAttributes redirect) {
        services.inventory().post("/api/needs/{id}/confirmation", null, id);
        redirect.addFlashAttribute("confirmed", true);
        return "redirect:/crisis/needs/" + id;
    }

    private String show(String status, NeedForm form, Model model) {
        boolean filtered = status != null && !status.isBlank();
        model.addAttribute("needs", filtered ? services.inventory().list("/api/needs?status={s}", status)
                : services.inventory().list("/api/needs"));
        model.addAttribute("status", filtered ? status : "");
        model.addAttribute("form", form);
        model.addAttribute("urgencies", NeedForm.URGENCIES);
        return "crisis/needs";
    }
}
