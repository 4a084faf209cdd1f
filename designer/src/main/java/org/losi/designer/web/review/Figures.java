package org.losi.designer.web.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.losi.engine.regression.Expectations;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ScoreReport;

/**
 * A case's headline figures, expected or actual, for the line above its differences. A figure the expectations
 * leave out is null: it is not checked.
 *
 * @param notAssessed true for a city listed, or expected, as not assessed; then there are no figures
 * @param reason why a city was not assessed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Figures(Double value, String level, Integer rank, Boolean notAssessed, String reason) {

    /** What the expectations say of a case; null when they hold nothing for it. */
    static Figures expected(Expectations expectations, String city) {
        Expectations.Expected expected =
                expectations == null ? null : expectations.cases().get(city);
        if (expected == null) {
            return null;
        }
        if (expected.expectsNotAssessed()) {
            return new Figures(null, null, null, true, null);
        }
        return new Figures(expected.value(), expected.level(), expected.rank(), null, null);
    }

    /** What the case scored; null when the cases no longer hold the city. */
    static Figures actual(ScoreReport report, String city) {
        return report.city(city)
                .map(Figures::of)
                .or(() -> report.notAssessed().stream()
                        .filter(n -> n.city().id().equals(city))
                        .findFirst()
                        .map(n -> new Figures(null, null, null, true, n.reason())))
                .orElse(null);
    }

    private static Figures of(CityResult result) {
        return new Figures(result.value(), result.level(), result.rank(), null, null);
    }
}
