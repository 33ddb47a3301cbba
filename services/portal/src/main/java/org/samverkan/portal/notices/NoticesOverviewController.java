package org.samverkan.portal.notices;

import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notices overview: every notice by state (the "in review" state is the equality lead's review queue), by
 * incident, newest change first, a page at a time. Notices of closed incidents show only when asked for.
 */
@Controller
class NoticesOverviewController {
    private final Services services;

    NoticesOverviewController(Services services) {
        this.services = services;
    }

    @GetMapping("/notices")
    String overview(@RequestParam(required = false) String status, @RequestParam(required = false) String incident,
                    @RequestParam(defaultValue = "false") boolean closed, @RequestParam(defaultValue = "0") int page, Model model) {
        // Anything the overview does not offer is no filter, rather than an error page.
        String state = status != null && NoticeOverview.STATES.contains(status) ? status : null;
        String chosen = incident == null || incident.isBlank() || incident.length() > 200 ? null : incident.strip();
        model.addAttribute("overview", NoticeOverview.load(services.communications(), state, chosen, closed,
                Math.clamp(page, 0, 100_000)));
        model.addAttribute("states", NoticeOverview.STATES);
        model.addAttribute("incidents", IncidentsController.list(services.communications(), closed));
        return "notices/index";
    }
}
