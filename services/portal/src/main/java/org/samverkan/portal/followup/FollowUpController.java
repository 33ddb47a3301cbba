package org.samverkan.portal.followup;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The follow-up start page: what the user's role can report, manage and read here. */
@Controller
class FollowUpController {

    @GetMapping("/followup")
    String index() {
        return "followup/index";
    }
}
