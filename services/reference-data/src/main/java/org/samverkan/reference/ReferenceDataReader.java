package org.samverkan.reference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Builds {@link ReferenceData} from the parsed file, recording every problem in {@link YamlFields} as it goes. */
final class ReferenceDataReader {
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Set<String> ROOT = Set.of("municipality", "municipalityCode", "names", "illustrative", "easyRead",
            "areas", "languages", "targetGroups", "channelKinds", "resourceTypes");
    private static final Set<String> AREA = Set.of("code", "name", "names", "population", "languageShares", "groupShares",
            "geometry");
    private static final Set<String> LANGUAGE = Set.of("tag", "name", "names", "direction", "legallyRequired", "nationalMinority");
    private static final Set<String> TERM = Set.of("code", "name", "names", "description");
    /** Shares are of one population; a little over 1 is rounding, more is a typo. */
    private static final double MOST_SHARES = 1.001;
    private final YamlFields f;

    ReferenceDataReader(YamlFields fields) {
        this.f = fields;
    }

    ReferenceData read(Map<String, Object> root) {
        f.onlyKnownKeys(root, "", ROOT);
        String code = f.string(root, "", "municipalityCode", false);
        if (code != null && !code.matches("[0-9A-Za-z-]{1,16}")) {
            f.problem("municipalityCode", "'" + code + "' is not an official code (letters, digits and '-', e.g. \"0126\" in quotes)");
        }
        List<Language> languages = languages(f.items(root, "languages", true));
        Set<String> tags = new HashSet<>(languages.stream().map(Language::tag).toList());
        String easyRead = f.string(root, "", "easyRead", false);
        if (easyRead != null && !tags.contains(easyRead)) {
            f.problem("easyRead", "easy-read tag '" + easyRead + "' is not among the languages");
        }
        List<Term> groups = terms(f.items(root, "targetGroups", true), "targetGroups");
        Set<String> groupCodes = new HashSet<>(groups.stream().map(Term::code).toList());
        Municipality municipality = new Municipality(f.string(root, "", "municipality", true), code, f.names(root, ""),
                f.bool(root, "", "illustrative"), easyRead);
        return new ReferenceData(municipality, areas(f.items(root, "areas", true), tags, groupCodes), languages, groups,
                terms(f.items(root, "channelKinds", true), "channelKinds"), terms(f.items(root, "resourceTypes", true), "resourceTypes"));
    }

    private List<Area> areas(List<Map<String, Object>> items, Set<String> tags, Set<String> groups) {
        List<Area> areas = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "areas[" + i + "]";
            Map<String, Object> m = items.get(i);
            f.onlyKnownKeys(m, at, AREA);
            String code = code(m, at, seen);
            Map<String, Double> languageShares = f.shares(m, at, "languageShares");
            Map<String, Double> groupShares = f.shares(m, at, "groupShares");
            known(languageShares.keySet(), tags, at + ".languageShares", "language");
            known(groupShares.keySet(), groups, at + ".groupShares", "target group");
            if (languageShares.values().stream().mapToDouble(Double::doubleValue).sum() > MOST_SHARES) {
                f.problem(at + ".languageShares", "the language shares add up to more than 1 (each resident reads one language best)");
            }
            Area area = new Area(code, f.string(m, at, "name", true), f.count(m, at, "population"), languageShares, groupShares,
                    f.names(m, at), AreaGeometry.outlines(m, at, f));
            if (code != null) {
                areas.add(area);
            }
        }
        return areas;
    }

    private List<Language> languages(List<Map<String, Object>> items) {
        List<Language> languages = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "languages[" + i + "]";
            Map<String, Object> m = items.get(i);
            f.onlyKnownKeys(m, at, LANGUAGE);
            String tag = f.string(m, at, "tag", true);
            boolean first = tag != null && !tag.isEmpty() && seen.add(tag);
            if (tag != null && !tag.isEmpty()) {
                try {
                    new Locale.Builder().setLanguageTag(tag);
                } catch (IllformedLocaleException e) {
                    f.problem(at + ".tag", "'" + tag + "' is not a BCP 47 language tag");
                }
                if (!first) {
                    f.problem(at + ".tag", "language '" + tag + "' is listed twice");
                }
            }
            String direction = f.string(m, at, "direction", false);
            if (direction != null && !direction.equalsIgnoreCase("ltr") && !direction.equalsIgnoreCase("rtl")) {
                f.problem(at + ".direction", "direction must be ltr or rtl");
            }
            Language language = new Language(tag, f.string(m, at, "name", true),
                    "rtl".equalsIgnoreCase(direction) ? Language.Direction.RTL : Language.Direction.LTR,
                    f.bool(m, at, "legallyRequired"), f.bool(m, at, "nationalMinority"), f.names(m, at));
            if (first) {
                languages.add(language);
            }
        }
        return languages;
    }

    private List<Term> terms(List<Map<String, Object>> items, String list) {
        List<Term> terms = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String at = list + "[" + i + "]";
            Map<String, Object> m = items.get(i);
            f.onlyKnownKeys(m, at, TERM);
            String code = code(m, at, seen);
            Term term = new Term(code, f.string(m, at, "name", true), f.string(m, at, "description", false), f.names(m, at));
            if (code != null) {
                terms.add(term);
            }
        }
        return terms;
    }

    /** The entry's code, or null when it has none or repeats an earlier one (the problem is recorded; the entry is left out). */
    private String code(Map<String, Object> m, String at, Set<String> seen) {
        String code = f.string(m, at, "code", true);
        if (code == null || code.isEmpty()) {
            return null;
        }
        if (!CODE.matcher(code).matches() || code.length() > 64) {
            f.problem(at + ".code", "code '" + code + "' must be lower-case letters, digits and single '-', at most 64 characters");
        }
        if (!seen.add(code)) {
            f.problem(at + ".code", "code '" + code + "' is listed twice");
            return null;
        }
        return code;
    }

    private void known(Set<String> codes, Set<String> known, String at, String what) {
        for (String code : codes) {
            if (!known.contains(code)) {
                f.problem(at + "." + code, "unknown " + what + " '" + code + "' (not listed in the file)");
            }
        }
    }
}
