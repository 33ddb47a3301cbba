package org.samverkan.portal.dashboard;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.samverkan.portal.web.AreaMap;
import org.samverkan.reference.ReferenceData;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The equality dashboard as pictures read at a glance — a heat map of area × group (or × language), open needs
 * against available capacity per area, how far each notice reached, people reached against the estimated speakers
 * per area and language, trends over time — each with its numbers in a table too. Every figure comes from the follow-up service, which builds them from all services' events.
 */
@Controller
class DashboardController {
    private final Services services;
    private final ReferenceData reference;

    DashboardController(Services services, ReferenceData reference) {
        this.services = services;
        this.reference = reference;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(defaultValue = "targetGroup") String columns,
                     @RequestParam(defaultValue = "organizationsReaching") String metric,
                     @RequestParam(defaultValue = "DAYS") String period,
                     @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
                     HttpServletResponse response) {
        Map<String, String> entered = new java.util.HashMap<>();
        entered.put("from", from);
        entered.put("to", to);
        model.addAttribute("entered", entered); // the dates as typed, shown again in the form
        try {
            return show(columns, metric, period, from, to, model);
        } catch (ServiceProblem problem) {
            // A period the service refuses (from after to, too long, not a date) is the form's error, shown at the
            // fields with what was typed; the figures below are the default period's.
            if (problem.getStatus() >= 500 || (blank(from) && blank(to))) {
                throw problem;
            }
            response.setStatus(problem.getStatus());
            model.addAttribute("problem", problem);
            return show(columns, metric, period, null, null, model);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private String show(String columns, String metric, String period, String from, String to, Model model) {
        String axis = "language".equals(columns) ? "language" : "targetGroup";
        boolean months = "MONTHS".equals(period);
        Query matrixQuery = query("/api/dashboard/matrix", axis, from, to);
        Map<String, Object> matrix = services.followUp().get(matrixQuery.template(), matrixQuery.variables());
        // Months are asked for without the day range: the service then shows the last twelve.
        Query trendQuery = months ? new Query("/api/dashboard/trend?period=MONTHS", new Object[0])
                : query("/api/dashboard/trend", null, from, to);
        Map<String, Object> trend = services.followUp().get(trendQuery.template(), trendQuery.variables());
        model.addAttribute("period", months ? "MONTHS" : "DAYS");
        List<Map<String, Object>> reach = services.followUp().list("/api/reach/notices");
        Query shareQuery = query("/api/dashboard/reach-share", null, from, to);
        Map<String, Object> peopleReached = services.followUp().get(shareQuery.template(), shareQuery.variables());
        model.addAttribute("columns", axis);
        model.addAttribute("matrix", matrix);
        HeatMap heat = HeatMap.of(matrix, Metric.parse(metric));
        model.addAttribute("heat", heat);
        Map<String, Long> totals = new java.util.HashMap<>();
        heat.rows().forEach(r -> totals.put(r.area(), r.total()));
        // Each district links to its row in the table under the map, where its figures are in words.
        model.addAttribute("areaMap", AreaMap.of(reference.areas(), totals, code -> "#area-" + code, LocaleContextHolder.getLocale()));
        model.addAttribute("metrics", Metric.all());
        model.addAttribute("bars", NeedsAndCapacity.of(matrix));
        model.addAttribute("trend", Trend.of(trend));
        model.addAttribute("reach", reach);
        model.addAttribute("peopleReached", PeopleReached.of(peopleReached, reference, LocaleContextHolder.getLocale()));
        model.addAttribute("noticeNames", reach.isEmpty() ? Map.of() : NoticeNames.of(services.communications()));
        return "dashboard/index";
    }

    /**
     * A follow-up query whose parameters travel as template variables, so that what a person typed into the period
     * fields is encoded as a value (a brace or an ampersand in it neither breaks the template nor adds a parameter).
     */
    private record Query(String template, Object[] variables) {
    }

    private static Query query(String path, String columns, String from, String to) {
        StringBuilder template = new StringBuilder(path);
        List<Object> variables = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, String> add = (name, value) -> {
            template.append(variables.isEmpty() ? '?' : '&').append(name).append("={").append(name).append('}');
            variables.add(value);
        };
        if (columns != null) {
            add.accept("columns", columns);
        }
        if (from != null && !from.isBlank()) {
            add.accept("from", from);
        }
        if (to != null && !to.isBlank()) {
            add.accept("to", to);
        }
        return new Query(template.toString(), variables.toArray());
    }
}
