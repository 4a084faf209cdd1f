package org.losi.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.ScoreReport;

class OutcomeMatrixTest {
    @Test
    void editionsOwnWeightsGiveTheReportsValuesExactly() {
        Edition averaged = Fixtures.variant(
                "tiny", "edition.drl", "@aggregation(\"share-of-items\")", "@aggregation(\"mean-of-criteria\")");
        for (Edition edition : new Edition[] {Fixtures.edition("tiny"), averaged}) {
            ScoreReport report = Fixtures.score(edition, "five-cities");
            OutcomeMatrix matrix = OutcomeMatrix.of(edition, report);
            double[] values = new double[matrix.cities()];

            matrix.evaluator().values(matrix.itemWeights(), matrix.criterionWeights(), edition.aggregation(), values);

            for (int c = 0; c < matrix.cities(); c++) {
                assertThat(values[c])
                        .as(edition.id() + " " + matrix.city(c).city().id())
                        .isEqualTo(matrix.city(c).value());
            }
        }
    }

    @Test
    void citiesTheReportCouldNotScoreStayNotAssessed() {
        Edition tiny = Fixtures.edition("tiny");
        OutcomeMatrix matrix = OutcomeMatrix.of(tiny, Fixtures.score(tiny, "five-cities"));

        Standings standings = matrix.standings(
                "again", matrix.itemWeights(), matrix.criterionWeights(), tiny.aggregation(), matrix.allItems());

        assertThat(standings.ranked()).hasSize(5);
        assertThat(standings.notAssessed()).extracting(c -> c.id()).containsExactly("c6");
    }
}
