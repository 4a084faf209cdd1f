package org.losi.engine.methodology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.engine.Bundled;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.Outcome;
import org.losi.engine.scoring.ScoreReport;
import org.losi.engine.scoring.Scorer;

/** The methodology moves by editing rules only: a criterion and an item written as DRL score at once. */
class NoJavaChangeTest {

    @Test
    void criterionAndItemWrittenAsDrlOnlyAreScored(@TempDir Path rules) throws IOException, URISyntaxException {
        Path edition = copy(Bundled.edition("losi-2026-beta"), rules.resolve("beta-with-inclusion"));
        Path fixtures =
                Path.of(NoJavaChangeTest.class.getResource("/no-java-change").toURI());
        Files.copy(fixtures.resolve("inclusion.drl"), edition.resolve("inclusion.drl"));
        AssessmentSet valdoria =
                AssessmentReaders.read(Bundled.samples().resolve("valdoria/assessments.json"), code -> true);
        AssessmentSet answers401 = AssessmentReaders.read(fixtures.resolve("answers-401.json"), code -> true);
        List<Assessment> all = new ArrayList<>(valdoria.assessments());
        all.addAll(answers401.assessments());

        Edition withInclusion = EditionLoader.load(edition);
        ScoreReport report = Scorer.score(withInclusion, AssessmentSet.of("valdoria+401", all));

        assertThat(withInclusion.criterion("INC").orElseThrow().name()).isEqualTo("Inclusion");
        assertThat(withInclusion.item("401").orElseThrow().advice()).startsWith("Offer the most used services");
        CityResult ashvale = report.city("val-ashvale").orElseThrow();
        CityResult valdor = report.city("val-valdor").orElseThrow();
        assertThat(ashvale.item("401").orElseThrow().outcome()).isEqualTo(Outcome.MET);
        assertThat(valdor.item("401").orElseThrow().outcome()).isEqualTo(Outcome.MISSED);
        assertThat(ashvale.criterion("INC").orElseThrow().share()).isEqualTo(1.0);
        assertThat(valdor.criterion("INC").orElseThrow().share()).isEqualTo(0.0);
        assertThat(report.city("val-sarnel")
                        .orElseThrow()
                        .criterion("INC")
                        .orElseThrow()
                        .share())
                .isNull();
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }
}
