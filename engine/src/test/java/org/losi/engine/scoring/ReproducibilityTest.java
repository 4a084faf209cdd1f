package org.losi.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.engine.Bundled;
import org.losi.engine.assessment.Answer;
import org.losi.engine.assessment.AnswerValue;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.assessment.CityProfile;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionLoader;
import org.losi.engine.methodology.Item;

class ReproducibilityTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Edition edition;
    private static List<Assessment> cities;

    @BeforeAll
    static void generateCities() {
        edition = EditionLoader.load(Bundled.edition("losi-2024"));
        Random random = new Random(20240);
        cities = new ArrayList<>();
        for (int c = 0; c < 300; c++) {
            List<Answer> answers = new ArrayList<>();
            for (Item item : edition.items()) {
                int draw = random.nextInt(10);
                AnswerValue value = draw < 5 ? AnswerValue.YES : draw < 9 ? AnswerValue.NO : AnswerValue.NOT_APPLICABLE;
                answers.add(Answer.of(item.code(), value));
            }
            CityProfile profile = new CityProfile("C" + c, "City " + c, "TST", 1000L + c, "urban", "R", null, Map.of());
            cities.add(new Assessment(profile, answers));
        }
    }

    private static String scoreAsJson(List<Assessment> assessments) throws Exception {
        return JSON.writeValueAsString(Scorer.score(edition, AssessmentSet.of("generated", assessments)));
    }

    @Test
    void sameAssessmentsInAnyOrderGiveTheSameReport() throws Exception {
        List<Assessment> shuffled = new ArrayList<>(cities);
        Collections.shuffle(shuffled, new Random(7));

        assertThat(scoreAsJson(shuffled)).isEqualTo(scoreAsJson(cities));
    }

    @Test
    void scoringOnManyThreadsAtOnceGivesIdenticalReports() throws Exception {
        String expected = scoreAsJson(cities);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> scoreAsJson(cities)));
            }
            for (Future<String> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
