package org.samverkan.portal.organisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One notice sent to the organisation: confirm receipt, and report passing it on (about how many people, in which
 * language, through which channel, where) — the figures behind the equality dashboard's reach.
 */
@Controller
class DeliveryController {
    private final Services services;

    DeliveryController(Services services) {
        this.services = services;
    }

    record RelayForm(String people, String language, String channel, String area) {
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            // a non-number goes as it is, so the service's 400 names the field
            body.put("people", people != null && people.strip().matches("\\d{1,9}") ? Integer.valueOf(people.strip()) : people);
            body.put("language", language);
            body.put("channel", channel);
            body.put("area", area);
            return body;
        }
    }

    @GetMapping("/organisation/inbox/{noticeId}")
    String delivery(@PathVariable String noticeId, Authentication auth, Model model) {
        return show(noticeId, auth, new RelayForm("", "", "", ""), model);
    }

    @PostMapping("/organisation/inbox/{noticeId}/acknowledgement")
    String acknowledge(@PathVariable String noticeId, Authentication auth, RedirectAttributes redirect) {
        try {
            services.communications().post("/api/notices/{id}/deliveries/{org}/acknowledgement", null, noticeId,
                    OwnOrganisation.of(auth));
            redirect.addFlashAttribute("acknowledged", true);
        } catch (ServiceProblem problem) {
            if (problem.getStatus() != 409) {
                throw problem;
            }
            // a colleague (or a second click) was first: the receipt stands, say so on the page itself
            redirect.addFlashAttribute("alreadyAcknowledged", true);
        }
        return "redirect:/organisation/inbox/" + noticeId;
    }

    @PostMapping("/organisation/inbox/{noticeId}/relays")
    String relay(@PathVariable String noticeId, RelayForm form, Authentication auth, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        try {
            services.communications().post("/api/notices/{id}/deliveries/{org}/relays", form.body(), noticeId,
                    OwnOrganisation.of(auth));
            redirect.addFlashAttribute("relayed", true);
            return "redirect:/organisation/inbox/" + noticeId;
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(noticeId, auth, form, model);
        }
    }

    private String show(String noticeId, Authentication auth, RelayForm form, Model model) {
        Map<String, Object> delivery = services.communications()
                .list("/api/organizations/{org}/deliveries", OwnOrganisation.of(auth)).stream()
                .filter(d -> noticeId.equals(d.get("noticeId"))).findFirst()
                .orElseThrow(() -> new ServiceProblem(404, "Not found", "", List.of()));
        model.addAttribute("delivery", delivery);
        model.addAttribute("form", form);
        return "organisation/delivery";
    }
}
