package org.samverkan.reference;

/**
 * A language as a BCP 47 tag with its writing direction.
 *
 * @param legallyRequired the municipality must offer it (e.g. a national minority language in its
 *                        administrative area); required in every notice
 * @param nationalMinority one of Sweden's national minority languages
 */
public record Language(String tag, String name, Direction direction, boolean legallyRequired, boolean nationalMinority) {
    public enum Direction { LTR, RTL }

    public boolean rightToLeft() {
        return direction == Direction.RTL;
    }
}
