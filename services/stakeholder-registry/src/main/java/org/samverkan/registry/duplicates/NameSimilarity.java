package org.samverkan.registry.duplicates;

import java.util.HashSet;
import java.util.Set;

import org.samverkan.registry.organization.NameNormaliser;

/**
 * Trigram (Jaccard) similarity of two normalised names: robust to a typo, a missing word or a different word
 * order (the normaliser sorts tokens). Names at or above {@link #THRESHOLD} are flagged to administrators.
 */
public final class NameSimilarity {
    /**
     * Chosen on the Huddinge sample: the same name in other words or with a typo scores 0.8–1.0; a different group
     * sharing only the district ("Flemingsbergs moské" / "Flemingsbergs församling") stays just below.
     */
    public static final double THRESHOLD = 0.75;

    private NameSimilarity() {
    }

    public static double of(String nameA, String nameB) {
        return ofKeys(NameNormaliser.key(nameA), NameNormaliser.key(nameB));
    }

    static double ofKeys(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        Set<String> x = trigrams(a);
        Set<String> y = trigrams(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }

    public static boolean similar(String nameA, String nameB) {
        return of(nameA, nameB) >= THRESHOLD;
    }

    private static Set<String> trigrams(String key) {
        String padded = "  " + key + " ";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 3));
        }
        return grams;
    }
}
