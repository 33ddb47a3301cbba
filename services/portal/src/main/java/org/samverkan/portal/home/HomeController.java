package org.samverkan.portal.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The front door: the public notices for everyone, and after login a start page listing what the user's
 * role(s) can do here.
 */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/public/notices";
    }

    @GetMapping("/start")
    String start() {
        return "start";
    }

    /** Any method: a refused POST (e.g. a missing CSRF token) is forwarded here as a POST and must still be 403. */
    @RequestMapping("/forbidden")
    String forbidden(jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        return "error/forbidden";
    }
}
