package org.losi.designer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    private static final String RULES = CompareFixtures.rules();
    private static final String FIVE = CompareFixtures.assessments("five-cities");

    @TempDir
    Path temp;

    @Test
    void tableListsEachCityUnderBothEditionsThenTheSummaryAndTransitions() {
        Run run = Run.of("compare", "--rules", RULES, "-a", "tiny", "-b", "tiny-revised", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("Edition A tiny (sha256:")
                .containsPattern("(?m)^c4\\s+City c4\\s+both\\s+0\\.3333\\s+middle\\s+4\\s+0\\.7500\\s+high\\s+3")
                .containsPattern("(?m)^c6\\s+City c6\\s+only_b")
                .containsPattern("Spearman's rho\\s+0\\.6842")
                .containsPattern("Kendall's tau-b\\s+0\\.5556")
                .contains("Level transitions")
                .contains("P1: reweighted (1 -> 2)");
    }

    @Test
    void moversComeFirstWhenSortedByMovers() {
        Run run = Run.of(
                "compare", "--rules", RULES, "-a", "tiny", "-b", "tiny-revised", "--sort", "movers", "-f", "csv", FIVE);

        assertThat(run.out().lines().skip(1).map(line -> line.substring(0, 2)))
                .containsExactly("c2", "c3", "c4", "c5", "c1", "c6");
    }

    @Test
    void csvGoesWholeToTheOutputFileWithOneRowPerCity() throws IOException {
        Path output = temp.resolve("compare/tiny.csv");

        Run run = Run.of(
                "compare",
                "--rules",
                RULES,
                "-a",
                "tiny",
                "-b",
                "tiny-revised",
                "-f",
                "csv",
                "-o",
                output.toString(),
                FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(output))
                .hasSize(7)
                .first()
                .asString()
                .startsWith("city_id,city,country,population,settlement_type,region,scored,a_value,a_level,a_rank");
    }

    @Test
    void jsonCarriesTheSummaryAndTheEditionChanges() throws IOException {
        Run run = Run.of("compare", "--rules", RULES, "-a", "tiny", "-b", "tiny-revised", "-f", "json", FIVE);

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/comparison/summary/spearman").asDouble()).isCloseTo(6.5 / 9.5, within(1e-12));
        assertThat(json.at("/comparison/summary/transitions/levels").size()).isEqualTo(4);
        assertThat(json.at("/changes/0/kind").asText()).isEqualTo("reweighted");
    }

    @Test
    void whyNamesTheItemsThatMovedTheCityAndTheChangesBehindThem() {
        Run run = Run.of("compare", "--rules", RULES, "-a", "tiny", "-b", "tiny-revised", "--why", "c2", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("City c2 (c2) from tiny to tiny-revised: rank 2 -> 4 (-2)")
                .containsPattern("(?m)^C1\\s+-\\s+A\\s+met\\s+missed\\s+1\\s+1\\s+condition changed")
                .contains("high: band moved ((0.5, 0.75] -> (0.6, 0.75])");
    }

    @Test
    void whyForACityScoredUnderOneEditionOnlySaysSo() {
        Run run = Run.of("compare", "--rules", RULES, "-a", "tiny", "-b", "tiny-revised", "--why", "c6", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("rank - -> 1").contains("Only one edition scored this city");
    }

    @Test
    void likeForLikeCountsTheItemsTheCrosswalkMaps() {
        Run run = Run.of(
                "compare",
                "--rules",
                RULES,
                "-a",
                "tiny",
                "-b",
                "tiny-next",
                "--like-for-like",
                CompareFixtures.assessments("crosswalk"));

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("Like for like: A counts 3 items (P1, C1, X1), B counts 4 (P1, C2, X1a, X1b); B drops R1")
                .containsPattern("(?m)^d1\\s+City d1\\s+both\\s+1\\.0000\\s+very high\\s+1\\s+0\\.7500\\s+high\\s+1");
    }

    @Test
    void unknownSortOrderIsAUsageErrorNamingTheChoices() {
        Run run = Run.of("compare", "--rules", RULES, "-a", "tiny", "-b", "tiny-revised", "--sort", "size", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("\"size\"; expected movers, rank, city").contains("Usage: losi compare");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingSecondEditionIsAUsageError() {
        Run run = Run.of("compare", "--rules", RULES, "-a", "tiny", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Missing required option").contains("--edition-b");
    }

    @Test
    void whyForACityNotInTheAssessmentsExitsTwoNamingIt() {
        Run run = Run.of("compare", "--rules", RULES, "-a", "tiny", "-b", "tiny-revised", "--why", "c9", FIVE);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no city \"c9\" in the assessments");
    }
}
