package org.samverkan.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.samverkan.portal.security.PortalUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout needs on every page: who is logged in (for the menu) and the links that switch language. */
@ControllerAdvice
class LayoutAdvice {

    @ModelAttribute("user")
    PortalUser user(Authentication authentication) {
        return PortalUser.of(authentication);
    }

    @ModelAttribute("switchTo")
    LanguageSwitch switchTo(HttpServletRequest request) {
        return switchFor(request);
    }

    static LanguageSwitch switchFor(HttpServletRequest request) {
        ServletUriComponentsBuilder here = ServletUriComponentsBuilder.fromRequest(request);
        return new LanguageSwitch(here.replaceQueryParam("lang", "sv").build().toUriString(),
                here.replaceQueryParam("lang", "en").build().toUriString());
    }

    /** The current page in Swedish and in English (relative to the host, so it works behind a proxy). */
    record LanguageSwitch(String sv, String en) {
        LanguageSwitch {
            sv = pathOf(sv);
            en = pathOf(en);
        }

        private static String pathOf(String url) {
            int start = url.indexOf('/', url.indexOf("//") + 2);
            return start < 0 ? "/" : url.substring(start);
        }
    }
}
