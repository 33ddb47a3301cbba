package org.samverkan.communications.delivery;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.samverkan.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a signed link (a delivery's, a translator's) answers: a person at the link's page gets pages, any other client
 * JSON and RFC 9457 problems. A request is the page's when it asks for text/html by name, as a browser does for the
 * page and every form it sends; one that accepts anything or JSON is an API client, form fields or not.
 */
public final class LinkAnswers {
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private LinkAnswers() {
    }

    /**
     * Runs {@code check} (the link's signature), then answers an API client with {@code forClient}, its refusals left
     * to the problem handler, and a person with {@code forPage}, a refusal as {@code refusalPage}'s page, status kept.
     */
    public static ResponseEntity<?> answer(HttpServletRequest request, Runnable check, Supplier<? extends ResponseEntity<?>> forClient,
                                           Supplier<ResponseEntity<String>> forPage,
                                           Function<ProblemException, String> refusalPage) {
        if (!fromPage(request)) {
            check.run();
            return forClient.get();
        }
        try {
            check.run();
            return forPage.get();
        } catch (ProblemException e) {
            return html(e.status(), refusalPage.apply(e));
        }
    }

    public static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(HTML).body(body);
    }

    static boolean fromPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        try {
            return accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("html") && m.getQualityValue() > 0);
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            return false;
        }
    }
}
