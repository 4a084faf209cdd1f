package org.losi.engine.regression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.losi.engine.Editions;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionLoader;

class CoverageTest {

    @Test
    void namesTheItemsNoCaseMeetsMissesOrAnswers() {
        Edition tiny = EditionLoader.load(Editions.folder("tiny"));
        SuiteRun run = Regression.run(Suite.open(Suites.folder("tiny-suite")), tiny);

        Coverage coverage = Coverage.of(run, tiny);

        assertThat(coverage.items()).isEqualTo(4);
        assertThat(coverage.cases()).isEqualTo(4);
        assertThat(coverage.neverMet()).containsExactly("R1");
        assertThat(coverage.neverMissed()).isEmpty();
        assertThat(coverage.neverAnswered()).isEmpty();
    }
}
