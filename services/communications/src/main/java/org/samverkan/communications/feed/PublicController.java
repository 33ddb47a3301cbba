package org.samverkan.communications.feed;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.samverkan.communications.notice.NoticeView;
import org.samverkan.communications.notice.PublishedNotices;
import org.samverkan.platform.web.NotFoundException;
import org.samverkan.reference.ReferenceData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@EnableConfigurationProperties(CapSettings.class)
@Tag(name = "Public channels", description = "Public notices without login: HTML page per language, Atom feed, OASIS CAP 1.2")
// No token: residents read without an account (security: [] in the description).
@SecurityRequirements
@RestController
class PublicController {
    private static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private final PublishedNotices notices;
    private final ReferenceData reference;
    private final CapSettings cap;
    private final String baseUrl;

    PublicController(PublishedNotices notices, ReferenceData reference, CapSettings cap,
                     @Value("${samverkan.communications.public-base-url:}") String baseUrl) {
        this.notices = notices;
        this.reference = reference;
        this.cap = cap;
        this.baseUrl = baseUrl;
    }

    @Operation(summary = "A published notice in one language, as plain HTML")
    @GetMapping(value = "/public/notices/{id}/{language:[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String id, @PathVariable String language) {
        NoticeView n = find(id);
        if (!Texts.shown(n).contains(language)) {
            throw new NotFoundException("Notice " + id + " has no text in " + language);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/html;charset=UTF-8"))
                .header("Content-Language", language).body(NoticePage.render(n, language, reference));
    }

    @Operation(summary = "A published notice as an OASIS CAP 1.2 alert, one <info> per language")
    @GetMapping("/public/notices/{id}/cap.xml")
    ResponseEntity<String> cap(@PathVariable String id) {
        CapChain chain = CapChain.of(find(id), notices::find);
        return ResponseEntity.ok().contentType(CAP).body(CapDocument.render(chain, cap, reference));
    }

    @Operation(summary = "The latest public notices as an Atom feed")
    @GetMapping("/public/feeds/notices.atom")
    ResponseEntity<String> atom() {
        return ResponseEntity.ok().contentType(ATOM).body(AtomFeed.render(notices.latest(50), baseUrl, reference.municipality()));
    }

    private NoticeView find(String id) {
        return notices.find(id).orElseThrow(() -> new NotFoundException("No public notice " + id));
    }
}
