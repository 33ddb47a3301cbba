package org.samverkan.registry.organization;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reduces an organisation name to what identifies it, for comparison only (the stored name is untouched):
 * lower case, å/ä/ö and other accents folded, punctuation gone, organisation-form words and fillers removed
 * ("föreningen", "församling", "i", "och" …), compounds split ("kvinnoföreningen" → "kvinno"), a light Swedish
 * stemming of endings ("kvinnor"/"kvinno" → "kvinn"), and the tokens sorted so word order does not matter.
 * The organisation keeps its name's tokens ({@code nameTokens}); the duplicates feature compares them.
 */
public final class NameNormaliser {
    private static final Set<String> FILLERS = Set.of("i", "och", "the", "of", "and", "in", "for", "av", "pa", "med",
            "ideell", "ideella", "ek", "ekonomisk", "ekonomiska", "kf", "rf", "sverige", "sveriges");
    // Longest first, so "foreningen" is taken before "forening".
    private static final List<String> FORM_WORDS = List.of("riksforbundet", "riksforbund", "foreningarna", "foreningen",
            "forsamlingen", "forsamling", "forbundet", "forening", "forbund", "association", "samfundet", "samfund");
    private static final List<String> ENDINGS = List.of("arnas", "ernas", "ornas", "arna", "erna", "orna", "ens", "ets",
            "en", "et", "or", "ar", "er", "na", "a", "e", "o", "s");

    private NameNormaliser() {
    }

    /** The identifying tokens of a name, distinct and sorted. */
    public static List<String> tokens(String name) {
        TreeSet<String> tokens = new TreeSet<>();
        for (String word : fold(name).split("\\s+")) {
            String token = withoutFormWord(word);
            if (!token.isEmpty() && !FILLERS.contains(token)) {
                tokens.add(stem(token));
            }
        }
        return List.copyOf(tokens);
    }

    /** The tokens joined: two names with the same key are the same name for duplicate detection. */
    public static String key(String name) {
        return String.join(" ", tokens(name));
    }

    static String fold(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        String stripped = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static String withoutFormWord(String word) {
        for (String form : FORM_WORDS) {
            if (word.equals(form)) {
                return "";
            }
            if (word.endsWith(form) && word.length() - form.length() >= 3) {
                return word.substring(0, word.length() - form.length());
            }
        }
        return word;
    }

    private static String stem(String token) {
        if (token.length() < 5) {
            return token;
        }
        for (String ending : ENDINGS) {
            if (token.endsWith(ending) && token.length() - ending.length() >= 4) {
                return token.substring(0, token.length() - ending.length());
            }
        }
        return token;
    }
}
