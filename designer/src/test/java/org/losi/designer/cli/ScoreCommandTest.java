package org.losi.designer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.designer.Repository;

class ScoreCommandTest {
    private static final String SAMPLE =
            Repository.samples().resolve("valdoria/assessments.json").toString();
    private static final String RULES = Repository.rules().toString();

    @TempDir
    Path temp;

    @Test
    void scoreTableListsRankedCitiesWithValueLevelAndCriterionShares() {
        Run run = Run.of("score", "--rules", RULES, "-e", "losi-2024", SAMPLE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("Edition losi-2024")
                .contains("sha256:")
                .contains("very high")
                .contains("low");
        assertThat(run.out()).containsPattern("(?m)^\\s+1\\s+\\S.*\\d\\.\\d{4}");
        assertThat(run.out()).contains("Not assessed (not ranked):");
    }

    @Test
    void scoreJsonCarriesTheEditionHashAndEveryItemOutcomeWithItsRule() throws IOException {
        Run run = Run.of("score", "--rules", RULES, "-e", "losi-2024", "-f", "json", SAMPLE);

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.path("edition").asText()).isEqualTo("losi-2024");
        assertThat(report.path("rulesHash").asText()).startsWith("sha256:");
        JsonNode first = report.path("cities").get(0);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("items")).hasSize(95);
        assertThat(first.path("items").get(0).path("rule").asText()).startsWith("item ");
    }

    @Test
    void scoreCsvHasOneRowPerCityAndListsNotAssessedCitiesApart() throws IOException {
        Path output = temp.resolve("out/scores.csv");

        Run run = Run.of("score", "--rules", RULES, "-e", "losi-2024", "-f", "csv", "-o", output.toString(), SAMPLE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        String csv = Files.readString(output);
        assertThat(csv).startsWith("rank,city_id,city,country,population,settlement_type,region,value,level");
        assertThat(csv).contains(",not_assessed");
        assertThat(Files.list(output.getParent())).containsExactly(output);
    }

    @Test
    void unknownEditionExitsTwoAndNamesTheEditionsThatExist() {
        Run run = Run.of("score", "--rules", RULES, "-e", "losi-1999", SAMPLE);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no edition \"losi-1999\"").contains("losi-2024");
    }

    @Test
    void answerForAnItemNoEditionHasExitsTwoNamingTheFileAndCode() throws IOException {
        Path input = temp.resolve("typo.json");
        Files.writeString(input, """
                {"id":"typo","assessments":[{"city":{"id":"X"},"answers":[{"item":"2811","value":"yes"}]}]}
                """);

        Run run = Run.of("score", "--rules", RULES, "-e", "losi-2024", input.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("typo.json").contains("2811");
    }

    @Test
    void missingArgumentsExitTwoWithUsage() {
        Run run = Run.of("score");

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Missing required").contains("Usage: losi score");
    }

    @Test
    void helpOnEachCommandExitsZero() {
        for (String command : new String[] {"score", "lint", "bench"}) {
            Run run = Run.of(command, "--help");

            assertThat(run.exit()).as(command).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).as(command).contains("Usage: losi " + command);
        }
    }

    @Test
    void itemsAToolDidNotDeliverKeepTheirReasonInTheResult() throws IOException {
        String export =
                Repository.samples().resolve("valdoria/tool-export.ndjson").toString();

        Run run = Run.of("score", "--rules", RULES, "-e", "losi-2024", "-f", "json", export);

        JsonNode exclusions = new ObjectMapper().readTree(run.out()).get("exclusions");
        assertThat(exclusions).isNotEmpty();
        assertThat(exclusions.findValuesAsText("reason")).contains("awaiting_review", "unresolved_disagreement");
    }
}
