package org.samverkan.portal.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registry's audit trail: who changed what and when, newest first, optionally for one organisation. It
 * holds no personal data (contact persons appear by id only), so it can be shown as it is.
 */
@Controller
class AuditController {
    static final int SHOWN = 200;
    private final Services services;

    AuditController(Services services) {
        this.services = services;
    }

    @GetMapping("/registry/audit")
    String audit(@RequestParam(required = false) String organizationId, Model model) {
        String filter = organizationId == null || organizationId.isBlank() ? null : organizationId.strip();
        List<Map<String, Object>> entries = new ArrayList<>(filter == null
                ? services.registry().list("/api/audit?limit=5000")
                : services.registry().list("/api/audit?organizationId={id}&limit=5000", filter));
        Collections.reverse(entries); // the service answers oldest first; an administrator looks for the latest
        model.addAttribute("entries", entries.subList(0, Math.min(SHOWN, entries.size())));
        model.addAttribute("total", entries.size());
        model.addAttribute("organizationId", filter);
        return "registry/audit";
    }
}
