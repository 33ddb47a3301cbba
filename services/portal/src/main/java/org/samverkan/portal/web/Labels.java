package org.samverkan.portal.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.samverkan.reference.Area;
import org.samverkan.reference.Language;
import org.samverkan.reference.ReferenceData;
import org.samverkan.reference.Term;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Names for the reference-data codes the services speak in, and the writing direction of a language. Templates
 * use it as {@code ${@labels.area('varby')}}, {@code ${@labels.dir('ar')}}.
 */
@Component("labels")
public class Labels {
    private final ReferenceData reference;
    /** The municipality's easy-read tag (sv-x-lattlast in Sweden), or null: from the reference data, not assumed. */
    private final String easyRead;

    Labels(ReferenceData reference) {
        this.reference = reference;
        this.easyRead = reference.easyRead().orElse(null);
    }

    /** The reader's interface language decides which of a code's names is shown. */
    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    public String area(String code) {
        return reference.area(code).map(a -> a.name(locale())).orElse(code);
    }

    public String language(String tag) {
        return language(tag, locale());
    }

    /** The language's name in the given interface language, for a sentence written in that language. */
    public String language(String tag, Locale in) {
        return reference.language(tag).map(l -> l.name(in)).orElse(tag);
    }

    /** The municipality's name in the reader's interface language ("Huddinge kommun"), from the reference data. */
    public String municipality() {
        return reference.about().displayName(locale());
    }

    /** Figures from the reference data are sample figures, not statistics: pages showing them say so. */
    public boolean illustrative() {
        return reference.illustrative();
    }

    /** The municipality's main language (sv in Sweden), from the reference data. */
    public String mainLanguage() {
        return reference.mainLanguage();
    }

    public String easyReadTag() {
        return easyRead;
    }

    /** The language's name in itself, for language switchers (a reader finds their own script). */
    public String endonym(String tag) {
        if (tag.equals(easyRead)) {
            return reference.language(tag).map(Language::name).orElse("Lättläst svenska");
        }
        Locale locale = Locale.forLanguageTag(tag);
        String own = locale.getDisplayName(locale);
        return own.isBlank() || own.equals(tag) ? language(tag) : Character.toUpperCase(own.charAt(0)) + own.substring(1);
    }

    /** Whether the portal's interface exists in this language (its message bundles), not only notices. */
    public boolean interfaceIn(String tag) {
        return LocaleConfig.INTERFACE_LANGUAGES.contains(tag);
    }

    /** Whether the municipality's reference data knows this language tag. */
    public boolean knows(String tag) {
        return reference.language(tag).isPresent();
    }

    public String dir(String tag) {
        return reference.language(tag).map(Language::rightToLeft).orElse(false) ? "rtl" : "ltr";
    }

    /** The value for an HTML {@code lang} attribute: easy-read Swedish is Swedish to screen readers. */
    public String htmlLang(String tag) {
        return tag.equals(easyRead) ? Locale.forLanguageTag(tag).getLanguage() : tag;
    }

    public boolean easyRead(String tag) {
        return tag.equals(easyRead);
    }

    /** A share (0.1) as a percentage in the reader's interface language ("10 %" in Swedish, "10%" in English). */
    public String percent(Number share) {
        if (share == null) {
            return "";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(share.doubleValue());
    }

    public String group(String code) {
        return find(reference.targetGroups(), code);
    }

    public String channel(String code) {
        return find(reference.channelKinds(), code);
    }

    public String resource(String code) {
        return find(reference.resourceTypes(), code);
    }

    public Collection<Area> areas() {
        return reference.areas();
    }

    public Collection<Language> languages() {
        return reference.languages();
    }

    public Collection<Term> groups() {
        return reference.targetGroups();
    }

    public Collection<Term> channels() {
        return reference.channelKinds();
    }

    public Collection<Term> resources() {
        return reference.resourceTypes();
    }

    /**
     * Areas, target groups, channel kinds or resource types, each with a {@code code} and a {@code name}, for the
     * pickers in {@code templates/fragments/codes.html}. (Fragment parameters may not call beans, so a page names
     * the kind and the fragment looks the codes up: {@code ${@labels.terms('area')}}.)
     */
    public Collection<?> terms(String kind) {
        return switch (kind) {
            case "area" -> areas();
            case "group" -> groups();
            case "channel" -> channels();
            case "resource" -> resources();
            default -> throw new IllegalArgumentException("No reference codes of kind " + kind);
        };
    }

    public String names(Collection<String> codes, String kind) {
        if (codes == null) {
            return "";
        }
        List<String> names = codes.stream().map(c -> switch (kind) {
            case "area" -> area(c);
            case "language" -> language(c);
            case "group" -> group(c);
            case "channel" -> channel(c);
            default -> resource(c);
        }).toList();
        return String.join(", ", names);
    }

    private static String find(Collection<Term> terms, String code) {
        return terms.stream().filter(t -> t.code().equals(code)).map(t -> t.name(locale())).findFirst().orElse(code);
    }
}
