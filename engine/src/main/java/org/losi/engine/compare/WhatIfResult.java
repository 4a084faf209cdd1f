package org.losi.engine.compare;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The ranking an edition would give with other weights or another aggregation, beside the edition's own.
 *
 * @param criterionWeights the criterion weights changed, by criterion code
 * @param itemWeights the item weights changed, by item code
 * @param standings each city's value, level (by the edition's bands) and rank under the changed weights
 * @param againstEdition the edition's ranking as A, the what-if as B
 */
public record WhatIfResult(
        String edition,
        String aggregation,
        Map<String, Double> criterionWeights,
        Map<String, Double> itemWeights,
        Standings standings,
        Comparison againstEdition) {

    public WhatIfResult {
        criterionWeights = Collections.unmodifiableMap(new TreeMap<>(criterionWeights));
        itemWeights = Collections.unmodifiableMap(new TreeMap<>(itemWeights));
    }

    public Optional<Standing> city(String id) {
        return standings.ranked().stream().filter(s -> s.city().id().equals(id)).findFirst();
    }
}
