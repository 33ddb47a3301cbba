package org.samverkan.portal.crisis;

import java.nio.charset.StandardCharsets;

import org.samverkan.portal.client.Services;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Gap analysis: needed, committed and available per area × group × language × resource, uncovered first, and
 * the same as an HXL-tagged CSV for sharing (fetched with the user's token, so the link works from the page).
 */
@Controller
class GapsController {
    private final Services services;

    GapsController(Services services) {
        this.services = services;
    }

    @GetMapping("/crisis/gaps")
    String gaps(Model model) {
        model.addAttribute("cells", services.inventory().list("/api/gaps"));
        return "crisis/gaps";
    }

    @GetMapping("/crisis/gaps/export.csv")
    ResponseEntity<String> export() {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"samverkan-gaps.csv\"")
                .body(services.inventory().text("/api/gaps/export.csv"));
    }
}
