package org.losi.designer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.losi.designer.Repository;

class NationalCommandTest {
    private static final String SAMPLE =
            Repository.samples().resolve("valdoria/assessments.json").toString();
    private static final String RULES = Repository.rules().toString();

    @Test
    void betaSetsValdoriasCitiesBesideItsNationalFigures() {
        Run run = Run.of("national", "--rules", RULES, "-e", "losi-2026-beta", SAMPLE);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("VAL under losi-2026-beta")
                .contains("Valdor")
                .contains("mean of 16 cities");
        assertThat(run.out()).containsPattern("national \\(as given\\)\\s+0\\.7132\\s+0\\.8125");
    }

    @Test
    void jsonListsEachCitysShareOfEverySubIndex() throws IOException {
        Run run = Run.of("national", "--rules", RULES, "-e", "losi-2026-beta", "-f", "json", SAMPLE);

        JsonNode country = new ObjectMapper().readTree(run.out()).at("/countries/0");
        assertThat(country.at("/national/OSI").asDouble()).isEqualTo(0.7132);
        assertThat(country.at("/cities/0/shares").size()).isEqualTo(5);
    }

    @Test
    void editionWithoutOsiMappingExitsTwoSayingSo() {
        Run run = Run.of("national", "--rules", RULES, "-e", "losi-2024", SAMPLE);

        assertThat(run.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("maps no item to a national sub-index");
    }
}
