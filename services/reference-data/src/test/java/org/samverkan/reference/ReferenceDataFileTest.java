package org.samverkan.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Another municipality's file works unchanged, and a broken file is refused with every problem named by its line. */
class ReferenceDataFileTest {
    @Test
    void anotherMunicipalitysFileIsReadWithItsOwnNamesCodeAndLanguages() {
        ReferenceData exempelby = ReferenceDataLoader.load(new ClassPathResource("reference-data/exempelby.yaml"));

        assertThat(exempelby.municipality()).isEqualTo("Exempelby");
        assertThat(exempelby.municipalityCode()).contains("9999");
        assertThat(exempelby.about().displayName(Locale.ENGLISH)).isEqualTo("Exempelby Municipality");
        assertThat(exempelby.about().displayName(Locale.forLanguageTag("sv"))).isEqualTo("Exempelby kommun");
        assertThat(exempelby.area("hamnen")).get().extracting(a -> a.name(Locale.ENGLISH)).isEqualTo("The Harbour");
        assertThat(exempelby.area("skogsbacken")).get().extracting(a -> a.name(Locale.ENGLISH)).isEqualTo("Skogsbacken");
        assertThat(exempelby.language("fi")).isEmpty();
        assertThat(exempelby.easyRead()).isEmpty();
        assertThat(exempelby.targetGroup("newly-arrived")).get().extracting(t -> t.name(Locale.ENGLISH)).isEqualTo("Newly arrived");
    }

    @Test
    void theHuddingeSampleNamesItsEasyReadVariantAndHasEnglishNamesForItsTerms() {
        ReferenceData huddinge = ReferenceDataLoader.load(new ClassPathResource("reference-data/huddinge.yaml"));

        assertThat(huddinge.easyRead()).contains("sv-x-lattlast");
        assertThat(huddinge.municipalityCode()).contains("0126");
        assertThat(huddinge.resourceType("interpretation")).get().extracting(t -> t.name(Locale.ENGLISH))
                .isEqualTo("Interpretation and translation");
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemAndItsLine() {
        String broken = """
                municipality: Felby
                easyRead: xx-easy
                areas:
                  - code: Norr Malm
                    name: "Norrmalm"
                    population: -3
                    languageShares: {sv: 1.4, tlh: 0.1}
                  - code: hamn
                    name: ""
                    languageShares: {sv: 0.7, en: 0.5}
                languages:
                  - {tag: sv, name: Svenska}
                  - {tag: "en_GB!", name: English, direction: up}
                  - {tag: sv, name: Svenska igen}
                targetGroups:
                  - {code: older-people, name: Äldre, colour: blue}
                channelKinds:
                  - {code: sms, name: SMS}
                resourceTypes: []
                """;

        assertThatThrownBy(() -> ReferenceDataLoader.parse(broken, "felby.yaml"))
                .isInstanceOfSatisfying(InvalidReferenceDataException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "line 13 (languages[1].tag): 'en_GB!' is not a BCP 47 language tag",
                        "line 13 (languages[1].direction): direction must be ltr or rtl",
                        "line 14 (languages[2].tag): language 'sv' is listed twice",
                        "line 2 (easyRead): easy-read tag 'xx-easy' is not among the languages",
                        "line 16 (targetGroups[0].colour): unknown key 'colour'; expected one of [code, description, name, names]",
                        "line 4 (areas[0].code): code 'Norr Malm' must be lower-case letters, digits and single '-', at most 64 characters",
                        "line 7 (areas[0].languageShares.sv): share '1.4' must be a number between 0 and 1",
                        "line 7 (areas[0].languageShares.tlh): unknown language 'tlh' (not listed in the file)",
                        "line 6 (areas[0].population): 'population' must be a whole number of 0 or more",
                        "line 10 (areas[1].languageShares.en): unknown language 'en' (not listed in the file)",
                        "line 10 (areas[1].languageShares): the language shares add up to more than 1 (each resident reads one language best)",
                        "line 9 (areas[1].name): 'name' must not be blank",
                        "line 19 (resourceTypes): 'resourceTypes' must list at least one entry"))
                .hasMessageStartingWith("Reference data felby.yaml is invalid (13 problems):");
    }

    @Test
    void areaOutlinesAreReadAsWgs84RingsAndAnUnclosedOrSwappedOneIsRefused() {
        ReferenceData huddinge = ReferenceDataLoader.load(new ClassPathResource("reference-data/huddinge.yaml"));
        assertThat(huddinge.areas()).allSatisfy(a -> assertThat(a.outlines()).as(a.code()).hasSize(1));
        double[] first = huddinge.area("flemingsberg").orElseThrow().outlines().getFirst().getFirst();
        assertThat(first[0]).as("longitude first, as GeoJSON").isBetween(17.8, 18.2);
        assertThat(first[1]).isBetween(59.1, 59.3);

        String broken = """
                municipality: X
                areas:
                  - code: a
                    name: A
                    geometry: {type: Polygon, coordinates: [[[17.9, 59.2], [18.0, 59.2], [18.0, 59.3]]]}
                  - code: b
                    name: B
                    geometry: {type: Polygon, coordinates: [[[59.2, 17.9], [59.2, 180.5], [59.3, 18.0], [59.2, 17.9]]]}
                  - code: c
                    name: C
                    geometry: {type: Point, coordinates: [17.9, 59.2]}
                languages: [{tag: sv, name: Svenska}]
                targetGroups: [{code: g, name: G}]
                channelKinds: [{code: k, name: K}]
                resourceTypes: [{code: r, name: R}]
                """;
        assertThatThrownBy(() -> ReferenceDataLoader.parse(broken, "x.yaml"))
                .isInstanceOfSatisfying(InvalidReferenceDataException.class, e -> assertThat(e.problems()).containsExactly(
                        "line 5 (areas[0].geometry.coordinates[0]): a ring needs at least four positions and must end where it starts",
                        "line 8 (areas[1].geometry.coordinates[0]): each position must be [longitude, latitude] in degrees (WGS84), got [59.2, 180.5]",
                        "line 11 (areas[2].geometry.type): geometry type must be Polygon or MultiPolygon (GeoJSON, WGS84)"));
    }

    @Test
    void aFileThatIsNotYamlIsRefusedWithTheLine() {
        assertThatThrownBy(() -> ReferenceDataLoader.parse("municipality: X\nareas: [\n  - {code: a", "x.yaml"))
                .isInstanceOf(InvalidReferenceDataException.class).hasMessageContaining("line ").hasMessageContaining("not valid YAML");
    }
}
