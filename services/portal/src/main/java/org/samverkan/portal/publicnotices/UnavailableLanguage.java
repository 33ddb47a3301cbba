package org.samverkan.portal.publicnotices;

import java.util.Locale;

import org.samverkan.portal.web.Labels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the page of a notice says when it does not exist in the language asked for: in that language where the
 * portal's interface exists in it, otherwise in the reader's interface language.
 *
 * @param lang the language the sentences are written in (the page's {@code lang} for them)
 */
record UnavailableLanguage(String lang, String title, String sentence, String choose) {

    @Component
    static class Sentences {
        private final MessageSource messages;
        private final Labels labels;

        Sentences(MessageSource messages, Labels labels) {
            this.messages = messages;
            this.labels = labels;
        }

        UnavailableLanguage in(String requested) {
            // The reader's locale is always an interface language: LocaleConfig refuses any other.
            Locale locale = labels.interfaceIn(requested) ? Locale.forLanguageTag(requested) : LocaleContextHolder.getLocale();
            // The language named in the sentence's own language; an unknown code is not echoed back.
            String sentence = labels.knows(requested)
                    ? messages.getMessage("public.unavailable", new Object[] {labels.language(requested, locale)}, locale)
                    : messages.getMessage("public.unavailable.unknown", null, locale);
            return new UnavailableLanguage(locale.toLanguageTag(), messages.getMessage("public.unavailable.title", null, locale),
                    sentence, messages.getMessage("public.unavailable.choose", null, locale));
        }
    }
}
