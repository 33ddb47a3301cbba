package org.samverkan.portal.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Notices and situation updates sent to the organisation, with whether each was acknowledged and relayed, and
 * where the municipality sends them: the organisation's own e-mail address and/or SMS number, never a person's.
 */
@Controller
class InboxController {
    private final Services services;

    InboxController(Services services) {
        this.services = services;
    }

    record AddressForm(String email, String sms) {
        Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("email", email == null || email.isBlank() ? null : email.strip());
            body.put("sms", sms == null || sms.isBlank() ? null : sms.strip());
            return body;
        }
    }

    @GetMapping("/organisation/inbox")
    String inbox(Authentication auth, Model model) {
        return show(auth, address(auth), model);
    }

    @PostMapping("/organisation/inbox")
    String address(AddressForm form, Authentication auth, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        try {
            services.communications().put("/api/organizations/{org}/inbox", form.body(), OwnOrganisation.of(auth));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisation/inbox";
        } catch (ServiceProblem problem) {
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(auth, form, model);
        }
    }

    private String show(Authentication auth, AddressForm address, Model model) {
        model.addAttribute("deliveries", services.communications().list("/api/organizations/{org}/deliveries",
                OwnOrganisation.of(auth)));
        model.addAttribute("address", address);
        return "organisation/inbox";
    }

    private AddressForm address(Authentication auth) {
        try {
            Map<String, Object> inbox = services.communications().get("/api/organizations/{org}/inbox", OwnOrganisation.of(auth));
            return new AddressForm((String) inbox.get("email"), (String) inbox.get("sms"));
        } catch (ServiceProblem none) {
            if (none.getStatus() != 404) {
                throw none;
            }
            return new AddressForm("", ""); // no inbox registered yet
        }
    }
}
