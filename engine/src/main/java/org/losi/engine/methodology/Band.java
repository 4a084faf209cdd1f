package org.losi.engine.methodology;

/**
 * A level band with both cut-offs and the side of each that belongs to it, as the edition writes them.
 *
 * @param lowerInclusive whether a value exactly on {@code lower} is in this band
 * @param upperInclusive whether a value exactly on {@code upper} is in this band
 */
public record Band(
        String level, double lower, boolean lowerInclusive, double upper, boolean upperInclusive, Declared declared) {

    public boolean contains(double value) {
        boolean aboveLower = lowerInclusive ? value >= lower : value > lower;
        boolean belowUpper = upperInclusive ? value <= upper : value < upper;
        return aboveLower && belowUpper;
    }
}
