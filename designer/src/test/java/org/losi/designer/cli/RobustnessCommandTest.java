package org.losi.designer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RobustnessCommandTest {
    private static final String RULES = CompareFixtures.rules();
    private static final String FIVE = CompareFixtures.assessments("five-cities");

    @Test
    void tableGivesEachCitysRankIntervalLevelOddsAndItemsToTheNextLevel() {
        Run run = Run.of("robustness", "--rules", RULES, "-e", "tiny", "--draws", "200", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("200 draws of criterion weights")
                .contains("median rank")
                .containsPattern("(?m)^\\s+5\\s+c5\\s+City c5\\s+0\\.0000\\s+low\\s+5\\s+5\\s+5\\s+1\\.0000\\s+middle"
                        + "\\s+2\\s+P1 C1");
    }

    @Test
    void itemRowsGiveTheShiftsWhenEachItemIsDropped() {
        Run run = Run.of("robustness", "--rules", RULES, "-e", "tiny", "--rows", "items", "-f", "csv", FIVE);

        assertThat(run.out().lines())
                .containsExactly(
                        "item,criterion,scored_in,max_rank_shift,mean_rank_shift,level_changes",
                        "C1,A,5,2,0.8,0",
                        "P1,A,5,1,0.6,2",
                        "X1,B,4,1,0.6,1",
                        "R1,B,5,0,0.0,3");
    }

    @Test
    void sameSeedGivesTheSameJson() throws IOException {
        String[] args = {
            "robustness",
            "--rules",
            RULES,
            "-e",
            "tiny",
            "--over",
            "items",
            "--spread",
            "0.5",
            "--seed",
            "9",
            "-f",
            "json",
            FIVE
        };

        Run first = Run.of(args);
        Run second = Run.of(args);

        assertThat(second.out()).isEqualTo(first.out());
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(json.at("/monteCarlo/perturbation/over").asText()).isEqualTo("items");
        assertThat(json.at("/leaveOneItemOut").size()).isEqualTo(4);
        assertThat(json.at("/nextLevel/0/items/0").asText()).isEqualTo("R1");
    }

    @Test
    void unknownWeightsToShakeIsAUsageError() {
        Run run = Run.of("robustness", "--rules", RULES, "-e", "tiny", "--over", "bands", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("\"bands\"; expected criteria or items").contains("Usage: losi robustness");
    }

    @Test
    void spreadAboveOneExitsTwoQuotingIt() {
        Run run = Run.of("robustness", "--rules", RULES, "-e", "tiny", "--spread", "1.5", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("spread is 1.5; expected a number from 0 to 1");
    }
}
