package org.losi.designer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class WhatIfCommandTest {
    private static final String RULES = CompareFixtures.rules();
    private static final String FIVE = CompareFixtures.assessments("five-cities");

    @Test
    void tableShowsTheWhatIfRankingBesideTheEditions() {
        Run run = Run.of(
                "what-if",
                "--rules",
                RULES,
                "-e",
                "tiny",
                "--weight",
                "B=0.5",
                "--aggregation",
                "mean-of-criteria",
                FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        // c2 meets all of criterion A and none of B: (1 * 1 + 0.5 * 0) / 1.5.
        assertThat(run.out())
                .contains("What-if on edition tiny: aggregation mean-of-criteria; weights B=0.5")
                .containsPattern("(?m)^c2\\s+City c2\\s+both\\s+0\\.5000\\s+middle\\s+2\\s+0\\.6667\\s+high\\s+2")
                .contains("Spearman's rho");
    }

    @Test
    void jsonCarriesTheChangedWeightsAndEachCitysStanding() throws IOException {
        Run run = Run.of("what-if", "--rules", RULES, "-e", "tiny", "--weight", "X1=3", "-f", "json", FIVE);

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/itemWeights/X1").asDouble()).isEqualTo(3.0);
        assertThat(json.at("/standings/ranked/1/city/id").asText()).isEqualTo("c3");
        assertThat(json.at("/standings/ranked/1/value").asDouble()).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void csvHasOneRowPerCity() {
        Run run = Run.of("what-if", "--rules", RULES, "-e", "tiny", "--weight", "X1=3", "-f", "csv", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out().lines()).hasSize(7);
    }

    @Test
    void criterionWeightUnderShareOfItemsIsAUsageErrorSayingWhatToAdd() {
        Run run = Run.of("what-if", "--rules", RULES, "-e", "tiny", "--weight", "B=2", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("add --aggregation mean-of-criteria").contains("Usage: losi what-if");
    }

    @Test
    void weightThatIsNotANumberIsAUsageError() {
        Run run = Run.of("what-if", "--rules", RULES, "-e", "tiny", "--weight", "P1=heavy", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("'heavy' is not a double");
    }

    @Test
    void unknownCodeExitsTwoNamingIt() {
        Run run = Run.of("what-if", "--rules", RULES, "-e", "tiny", "--weight", "Q7=2", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("\"Q7\" is not an item of edition tiny");
    }
}
