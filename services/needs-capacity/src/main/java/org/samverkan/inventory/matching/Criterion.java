package org.samverkan.inventory.matching;

import java.util.List;

/**
 * One line of a match's explanation: the criterion, its weight in the total, its score in 0..1 (three decimals),
 * which needed codes the offer covers and which it misses, and a sentence for people.
 */
public record Criterion(String name, double weight, double score, List<String> covered, List<String> missing, String detail) {
}
