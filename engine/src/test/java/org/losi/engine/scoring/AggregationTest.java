package org.losi.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.losi.engine.scoring.Cities.city;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.losi.engine.Editions;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionLoader;
import org.losi.engine.rules.EditionSource;

class AggregationTest {

    @Test
    void meanOfCriteriaWeighsEachCriterionShareByTheCriterionWeight() throws IOException {
        Path folder = Editions.folder("tiny");
        String declarations = Files.readString(folder.resolve("edition.drl"))
                .replace("@aggregation(\"share-of-items\")", "@aggregation(\"mean-of-criteria\")");
        Edition edition = EditionLoader.load(EditionSource.of(
                "tiny-mean",
                folder,
                Map.of("edition.drl", declarations, "items.drl", Files.readString(folder.resolve("items.drl")))));

        CityResult result = Scorer.score(
                        edition, Cities.set(city("c").yes("P1", "C1").no("X1", "R1")))
                .cities()
                .get(0);

        assertThat(edition.aggregation()).isEqualTo(Aggregation.MEAN_OF_CRITERIA);
        assertThat(result.value()).isEqualTo((1 * 1.0 + 3 * 0.0) / 4);
    }
}
