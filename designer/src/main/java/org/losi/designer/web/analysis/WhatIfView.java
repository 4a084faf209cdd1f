package org.losi.designer.web.analysis;

import java.util.List;
import java.util.Map;
import org.losi.engine.compare.CityComparison;
import org.losi.engine.compare.Comparison;
import org.losi.engine.compare.Summary;
import org.losi.engine.compare.WhatIfResult;

/**
 * An edition's ranking beside the one it would give with other weights or another aggregation: in each city, A is
 * the edition's own figures and B the what-if's.
 *
 * @param aggregation the aggregation the what-if used
 * @param criterionWeights the criterion weights changed, by code
 * @param itemWeights the item weights changed, by code
 */
record WhatIfView(
        EditionRef edition,
        String sample,
        String aggregation,
        Map<String, Double> criterionWeights,
        Map<String, Double> itemWeights,
        List<CityComparison> cities,
        Summary summary) {

    static WhatIfView of(EditionRef edition, String sample, WhatIfResult result, Comparison sorted) {
        return new WhatIfView(
                edition,
                sample,
                result.aggregation(),
                result.criterionWeights(),
                result.itemWeights(),
                sorted.cities(),
                sorted.summary());
    }
}
