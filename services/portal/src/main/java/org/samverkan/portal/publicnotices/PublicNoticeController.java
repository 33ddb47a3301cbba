package org.samverkan.portal.publicnotices;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.samverkan.portal.PortalProperties;
import org.samverkan.portal.client.ServiceProblem;
import org.samverkan.portal.client.Services;
import org.samverkan.portal.web.Labels;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

/**
 * Public notices for residents, without login: the list of current notices and each notice in every language it
 * exists in, right-to-left where the language needs it. Cacheable for a minute (ETag added by a filter), so a
 * crowd opening the same notice costs the services little.
 */
@Controller
class PublicNoticeController {
    static final String CACHE = "public, max-age=60";
    private final Services services;
    private final NoticeFeed feed;
    private final PortalProperties properties;
    private final UnavailableLanguage.Sentences unavailable;
    private final Labels labels;

    PublicNoticeController(Services services, NoticeFeed feed, PortalProperties properties, UnavailableLanguage.Sentences unavailable,
                           Labels labels) {
        this.services = services;
        this.feed = feed;
        this.properties = properties;
        this.unavailable = unavailable;
        this.labels = labels;
    }

    @GetMapping("/public/notices")
    String notices(Model model, HttpServletResponse response) {
        List<NoticeSummary> latest = feed.latest();
        // Cancelled and replaced notices are not current: listed apart and marked, never among the current ones.
        model.addAttribute("notices", latest.stream().filter(NoticeSummary::current).toList());
        model.addAttribute("past", latest.stream().filter(n -> !n.current()).toList());
        model.addAttribute("feeds", properties.publicCommunicationsUrl());
        cacheable(response);
        return "public/notices";
    }

    /** To the municipality's main language where the notice has it, else to the first language it is in. */
    @GetMapping("/public/notices/{id}")
    String notice(@PathVariable String id) {
        PublicNotice notice = load(id);
        String language = notice.in(labels.mainLanguage()).orElse(notice.texts().getFirst()).language();
        return "redirect:/public/notices/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8) + "/"
                + UriUtils.encodePathSegment(language, StandardCharsets.UTF_8);
    }

    @GetMapping("/public/notices/{id}/{language}")
    String notice(@PathVariable String id, @PathVariable String language, Model model, HttpServletResponse response) {
        PublicNotice notice = load(id);
        model.addAttribute("notice", notice);
        model.addAttribute("feeds", properties.publicCommunicationsUrl());
        cacheable(response);
        var text = notice.in(language);
        if (text.isEmpty()) {
            // Never another language's text in its place: a reader who asked for Tigrinya is told, and chooses.
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("unavailable", unavailable.in(language));
            return "public/unavailable";
        }
        model.addAttribute("text", text.get());
        return "public/notice";
    }

    /** The notice as its public CAP alert tells it; one without any text is not found. */
    private PublicNotice load(String id) {
        PublicNotice notice = Feeds.cap(id, services.publicCommunications().text("/public/notices/{id}/cap.xml", id));
        if (notice.texts().isEmpty()) {
            throw new ServiceProblem(HttpStatus.NOT_FOUND.value(), "Not found", "", List.of());
        }
        return notice;
    }

    private static void cacheable(HttpServletResponse response) {
        response.setHeader("Cache-Control", CACHE);
        // The interface language comes from a cookie; shared caches must keep the variants apart.
        response.setHeader("Vary", "Cookie");
    }
}
