package org.samverkan.communications.languages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.samverkan.communications.languages.RequiredLanguages.OrganizationLanguages;
import org.samverkan.reference.Area;
import org.samverkan.reference.Language;
import org.samverkan.reference.Language.Direction;

/** Hand-built cases for the required-language rule, independent of the shipped sample figures. */
class RequiredLanguagesTest {
    private static final Area NORTH = new Area("north", "North", 1000, Map.of("sv", 0.8, "ar", 0.12, "so", 0.05, "ti", 0.03), Map.of());
    private static final Area SOUTH = new Area("south", "South", 200, Map.of("sv", 0.7, "ti", 0.2, "ar", 0.01), Map.of());
    private static final List<Language> LANGUAGES = List.of(
            new Language("sv", "Svenska", Direction.LTR, true, false),
            new Language("fi", "Suomi", Direction.LTR, true, true),
            new Language("yi", "Yiddish", Direction.RTL, false, true),
            new Language("ar", "Arabic", Direction.RTL, false, false));

    @Test
    void shareAboveThresholdInOneAreaIsEnoughAndTheThresholdIsExclusive() {
        var required = RequiredLanguages.compute(List.of(NORTH), 0.05, LANGUAGES, "sv-x-lattlast", List.of());

        // ar 0.12 > 0.05; so is exactly 0.05 (not above); ti 0.03 below
        assertThat(required.keySet()).containsExactly("ar", "fi", "sv", "sv-x-lattlast");
        assertThat(required.get("ar")).containsExactly("share 0.12 in north exceeds 0.05");
        assertThat(required.get("fi")).containsExactly("legally required");
    }

    @Test
    void aSmallAreasMinorityIsNotAveragedAway() {
        var required = RequiredLanguages.compute(List.of(NORTH, SOUTH), 0.05, LANGUAGES, "sv-x-lattlast", List.of());

        // ti is 3 % in the big area but 20 % in the small one: required
        assertThat(required.keySet()).containsExactly("ar", "fi", "sv", "sv-x-lattlast", "ti");
    }

    @Test
    void easyReadAndLegallyRequiredLanguagesAlwaysCount() {
        var required = RequiredLanguages.compute(List.of(), 0.05, LANGUAGES, "sv-x-lattlast", List.of());

        assertThat(required.keySet()).containsExactly("fi", "sv", "sv-x-lattlast");
    }

    @Test
    void aMunicipalityWhoseReferenceDataNamesNoEasyReadVariantIsNotAskedForOne() {
        var required = RequiredLanguages.compute(List.of(), 0.05, LANGUAGES, null, List.of());

        assertThat(required.keySet()).containsExactly("fi", "sv");
    }

    @Test
    void languagesOfReachingOrganisationsAreAdded() {
        var required = RequiredLanguages.compute(List.of(SOUTH), 0.5, LANGUAGES, "sv-x-lattlast",
                List.of(new OrganizationLanguages("org-1", List.of("yi", "ti")), new OrganizationLanguages("org-2", List.of("ti"))));

        assertThat(required.keySet()).containsExactly("fi", "sv", "sv-x-lattlast", "ti", "yi");
        assertThat(required.get("ti")).hasSize(2);
    }

    @Test
    void theThresholdIsConfigurable() {
        assertThat(RequiredLanguages.compute(List.of(NORTH), 0.01, LANGUAGES, "sv-x-lattlast", List.of()).keySet())
                .containsExactly("ar", "fi", "so", "sv", "sv-x-lattlast", "ti");
    }

    @Test
    void presentAndMissingAreReported() {
        var check = LanguageCheck.of(RequiredLanguages.reasons(List.of(NORTH), 0.05, LANGUAGES, "sv-x-lattlast", List.of()), List.of("sv", "ar", "en"));

        assertThat(check.present()).containsExactly("ar", "sv");
        assertThat(check.missing()).containsExactly("fi", "sv-x-lattlast");
    }

    @Test
    void reasonsAreStructuredSoAnInterfaceCanNameTheAreaAndTheOrganisations() {
        var reasons = RequiredLanguages.reasons(List.of(NORTH, SOUTH), 0.05, LANGUAGES, "sv-x-lattlast",
                List.of(new OrganizationLanguages("org-1", "Tigrinska föreningen", List.of("ti")),
                        new OrganizationLanguages("org-2", "Eritreanska kvinnor", List.of("ti", "ar"))));

        assertThat(reasons.get("ti")).containsExactly(
                new RequiredReason(RequiredReason.Kind.AREA_SHARE, "ti", "south", 0.2, 0.05, null),
                new RequiredReason(RequiredReason.Kind.ORGANIZATIONS_REACH, "ti", null, null, null, List.of(
                        new RequiredReason.Organization("org-1", "Tigrinska föreningen"),
                        new RequiredReason.Organization("org-2", "Eritreanska kvinnor"))));
        assertThat(reasons.get("sv-x-lattlast")).extracting(RequiredReason::kind).containsExactly(RequiredReason.Kind.EASY_READ);
        assertThat(reasons.get("fi")).extracting(RequiredReason::kind).containsExactly(RequiredReason.Kind.LEGALLY_REQUIRED);
    }

    @Test
    void theOlderTextsStayOnePerReasonAndPerOrganisation() {
        var check = LanguageCheck.of(RequiredLanguages.reasons(List.of(SOUTH), 0.05, LANGUAGES, null,
                List.of(new OrganizationLanguages("org-1", "A", List.of("ti")), new OrganizationLanguages("org-2", "B", List.of("ti")))), List.of());

        assertThat(check.required().get("ti")).containsExactly("share 0.20 in south exceeds 0.05",
                "verified organisation org-1 reaches the target in it", "verified organisation org-2 reaches the target in it");
    }
}
