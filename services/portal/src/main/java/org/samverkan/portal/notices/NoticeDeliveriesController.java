package org.samverkan.portal.notices;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where a published notice went: per language (organisations reached, acknowledgements, people reached by
 * relays) and per organisation (status, attempts, acknowledgement, relay reports), named from the registry.
 */
@Controller
class NoticeDeliveriesController {
    private final Services services;

    NoticeDeliveriesController(Services services) {
        this.services = services;
    }

    @GetMapping("/notices/{id}/deliveries")
    String deliveries(@PathVariable String id, Model model) {
        Map<String, Object> report = services.communications().get("/api/notices/{id}/deliveries", id);
        model.addAttribute("notice", Notice.of(services.communications().get("/api/notices/{id}", id)));
        model.addAttribute("report", report);
        model.addAttribute("names", names(report));
        return "notices/deliveries";
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> names(Map<String, Object> report) {
        Map<String, String> names = new HashMap<>();
        for (Map<String, Object> delivery : (List<Map<String, Object>>) report.getOrDefault("deliveries", List.of())) {
            String org = (String) delivery.get("organizationId");
            names.computeIfAbsent(org, this::name);
        }
        return names;
    }

    private String name(String organizationId) {
        try {
            return (String) services.registry().get("/api/organizations/{id}", organizationId).get("name");
        } catch (ServiceProblem unknown) {
            return organizationId;
        }
    }
}
