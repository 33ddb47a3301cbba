package org.samverkan.portal.dashboard;

import java.util.List;
import java.util.Map;

import org.samverkan.portal.client.Services;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The equality dashboard as pictures read at a glance — a heat map of area × group (or × language), open needs
 * against available capacity per area, how far each notice reached, trends over time — each with its numbers
 * in a table too. Every figure comes from the follow-up service, which builds them from all services' events.
 */
@Controller
class DashboardController {
    private final Services services;

    DashboardController(Services services) {
        this.services = services;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(defaultValue = "targetGroup") String columns,
                     @RequestParam(defaultValue = "organizationsReaching") String metric,
                     @RequestParam(defaultValue = "DAYS") String period,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        String axis = "language".equals(columns) ? "language" : "targetGroup";
        boolean months = "MONTHS".equals(period);
        Map<String, Object> matrix = services.followUp().get(query("/api/dashboard/matrix", axis, from, to));
        // Months are asked for without the day range: the service then shows the last twelve.
        Map<String, Object> trend = services.followUp().get(months ? "/api/dashboard/trend?period=MONTHS"
                : query("/api/dashboard/trend", null, from, to));
        model.addAttribute("period", months ? "MONTHS" : "DAYS");
        List<Map<String, Object>> reach = services.followUp().list("/api/reach/notices");
        model.addAttribute("columns", axis);
        model.addAttribute("matrix", matrix);
        model.addAttribute("heat", HeatMap.of(matrix, Metric.parse(metric)));
        model.addAttribute("metrics", Metric.all());
        model.addAttribute("bars", NeedsAndCapacity.of(matrix));
        model.addAttribute("trend", Trend.of(trend));
        model.addAttribute("reach", reach);
        return "dashboard/index";
    }

    private static String query(String path, String columns, String from, String to) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        if (columns != null) {
            uri.queryParam("columns", columns);
        }
        if (from != null && !from.isBlank()) {
            uri.queryParam("from", from);
        }
        if (to != null && !to.isBlank()) {
            uri.queryParam("to", to);
        }
        return uri.build().toUriString();
    }
}
