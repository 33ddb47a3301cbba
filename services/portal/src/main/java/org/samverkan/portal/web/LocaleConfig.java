package org.samverkan.portal.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Interface language: Swedish unless the user picks English with {@code ?lang=en}; the choice is kept in a
 * cookie. Other values are ignored (the interface exists in these two). Notice content has its own language.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {
    static final Set<String> INTERFACE_LANGUAGES = Set.of("sv", "en");

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    @Bean
    LocaleResolver localeResolver() {
        // A cookie may hold any language (set by hand, or by an older portal): only the interface's own count, so no
        // page is ever rendered from a locale without messages.
        CookieLocaleResolver resolver = new CookieLocaleResolver("portal-lang") {
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale locale = super.parseLocaleValue(value);
                // null: the resolver then uses its default locale (Swedish), and ?lang= still sets the live context
                return locale != null && INTERFACE_LANGUAGES.contains(locale.getLanguage()) ? locale : null;
            }
        };
        resolver.setDefaultLocale(SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleResolver resolver = localeResolver();
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter("lang");
                if (lang != null && INTERFACE_LANGUAGES.contains(lang)) {
                    resolver.setLocale(request, response, Locale.forLanguageTag(lang));
                }
                return true;
            }
        });
    }
}
