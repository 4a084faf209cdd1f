package org.losi.designer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class GroupsCommandTest {
    private static final String RULES = CompareFixtures.rules();
    private static final String GROUPS = CompareFixtures.assessments("groups");

    @Test
    void tableGivesEachSettlementTypesCountMeanMedianAndLevels() {
        Run run = Run.of("groups", "--rules", RULES, "-e", "tiny", GROUPS);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("cities by settlement")
                .containsPattern("(?m)^rural\\s+2\\s+1\\s+0\\.6250\\s+0\\.6250\\s+1\\s+0\\s+0\\s+1$")
                .containsPattern("(?m)^urban\\s+3\\s+0\\s+0\\.5000\\s+0\\.5000\\s+0\\s+1\\s+1\\s+1$");
    }

    @Test
    void populationClassesCanBeGivenAsCutOffs() {
        Run run = Run.of(
                "groups",
                "--rules",
                RULES,
                "-e",
                "tiny",
                "--by",
                "population",
                "--population-classes",
                "20k,1M",
                "-f",
                "csv",
                GROUPS);

        assertThat(run.out().lines())
                .containsExactly(
                        "group,cities,not_assessed,mean_value,median_value,\"very high\",high,middle,low",
                        "<20k,2,1,0.875,0.875,1,1,0,0",
                        "20k-1M,2,0,0.375,0.375,0,0,1,1",
                        ">=1M,1,0,0.25,0.25,0,0,0,1");
    }

    @Test
    void jsonCarriesTheGroupsAndTheLevelsInBandOrder() throws IOException {
        Run run = Run.of("groups", "--rules", RULES, "-e", "tiny", "--by", "region", "-f", "json", GROUPS);

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/by").asText()).isEqualTo("region");
        assertThat(json.at("/levels/0").asText()).isEqualTo("very high");
        assertThat(json.at("/groups/2/group").asText()).isEqualTo("unknown");
    }

    @Test
    void unknownGroupingIsAUsageErrorNamingTheChoices() {
        Run run = Run.of("groups", "--rules", RULES, "-e", "tiny", "--by", "size", GROUPS);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("expected settlement, population, region or country");
    }

    @Test
    void populationCutOffThatIsNotANumberExitsTwoQuotingIt() {
        Run run = Run.of(
                "groups",
                "--rules",
                RULES,
                "-e",
                "tiny",
                "--by",
                "population",
                "--population-classes",
                "10k,lots",
                GROUPS);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("\"lots\" in \"10k,lots\"");
    }

    @Test
    void helpOnEachAnalysisCommandExitsZero() {
        for (String command : new String[] {"compare", "what-if", "robustness", "groups"}) {
            Run run = Run.of(command, "--help");

            assertThat(run.exit()).as(command).isEqualTo(ExitCodes.OK);
            assertThat(run.out()).as(command).contains("Usage: losi " + command);
        }
    }
}
