package org.losi.engine.compare.robustness;

/**
 * How much the ranking leans on one item: the rank shifts when the item is dropped and the rest kept.
 *
 * @param scoredIn how many ranked cities the item counted for
 * @param maxShift the largest absolute rank shift of any city
 * @param meanShift the mean absolute rank shift over every ranked city
 * @param levelChanges how many cities change level without the item
 */
public record ItemInfluence(
        String item, String criterion, int scoredIn, int maxShift, double meanShift, int levelChanges) {}
