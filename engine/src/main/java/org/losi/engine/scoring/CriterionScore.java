package org.losi.engine.scoring;

/**
 * A city's result in one criterion.
 *
 * @param share met weight over scored weight, between 0 and 1; null when no item of the criterion was scored
 */
public record CriterionScore(String criterion, String name, Double share, int met, int scored) {}
