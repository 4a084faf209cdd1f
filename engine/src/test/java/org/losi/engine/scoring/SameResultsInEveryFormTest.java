package org.losi.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.losi.engine.Bundled;
import org.losi.engine.assessment.Answer;
import org.losi.engine.assessment.AnswerValue;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionCatalog;
import org.losi.engine.methodology.EditionLoader;

/** The Valdoria sample read from each of its forms scores the same, city by city and item by item. */
class SameResultsInEveryFormTest {
    private static Edition edition;
    private static AssessmentSet json;
    private static AssessmentSet csv;
    private static AssessmentSet toolExport;

    @BeforeAll
    static void readEveryForm() {
        edition = EditionLoader.load(Bundled.edition("losi-2024"));
        Set<String> known = new EditionCatalog(Bundled.rules()).knownItems();
        Predicate<String> knownItem = known::contains;
        Path valdoria = Bundled.samples().resolve("valdoria");
        json = AssessmentReaders.read(valdoria.resolve("assessments.json"), knownItem);
        csv = AssessmentReaders.read(valdoria.resolve("assessments.csv"), knownItem);
        toolExport = AssessmentReaders.read(valdoria.resolve("tool-export.ndjson"), knownItem);
    }

    @Test
    void csvScoresExactlyAsJson() {
        ScoreReport fromJson = Scorer.score(edition, json);

        ScoreReport fromCsv = Scorer.score(edition, csv);

        assertThat(figuresOf(fromCsv)).isEqualTo(figuresOf(fromJson)).isNotEmpty();
        assertThat(idsApart(fromCsv)).isEqualTo(idsApart(fromJson)).isNotEmpty();
    }

    @Test
    void csvHoldsTheSameCitiesAsJson() {
        assertThat(csv.assessments())
                .extracting(Assessment::city)
                .containsExactlyElementsOf(
                        json.assessments().stream().map(Assessment::city).toList());
    }

    @Test
    void csvHoldsTheSameAnswersAsJsonSaveEvidenceAndNotes() {
        for (int i = 0; i < json.assessments().size(); i++) {
            assertThat(answered(csv.assessments().get(i)))
                    .as(json.assessments().get(i).cityId())
                    .containsExactlyInAnyOrderElementsOf(
                            answered(json.assessments().get(i)));
        }
    }

    @Test
    void toolExportScoresAsJsonRestrictedToItsCities() {
        Set<String> exported = Set.copyOf(
                toolExport.assessments().stream().map(Assessment::cityId).toList());
        AssessmentSet sameCities = AssessmentSet.of(
                "json subset",
                json.assessments().stream()
                        .filter(a -> exported.contains(a.cityId()))
                        .toList());

        ScoreReport fromExport = Scorer.score(edition, toolExport);

        assertThat(exported).hasSizeGreaterThanOrEqualTo(3);
        assertThat(figuresOf(fromExport))
                .isEqualTo(figuresOf(Scorer.score(edition, sameCities)))
                .hasSize(exported.size());
    }

    @Test
    void toolExportKeepsEachExclusionWithItsReason() {
        assertThat(toolExport.exclusions())
                .extracting(AssessmentSet.Exclusion::reason)
                .contains("awaiting_review", "unresolved_disagreement", "requires_login");
    }

    @Test
    void excludedItemIsScoredAsNotAssessedNeverMissed() {
        ScoreReport report = Scorer.score(edition, toolExport);

        for (AssessmentSet.Exclusion exclusion : toolExport.exclusions()) {
            ItemResult item = report.city(exclusion.cityId())
                    .orElseThrow()
                    .item(exclusion.item())
                    .orElseThrow();
            assertThat(item.outcome()).as(exclusion.toString()).isEqualTo(Outcome.NOT_ASSESSED);
            assertThat(item.scored()).as(exclusion.toString()).isFalse();
        }
    }

    /** What a city's result says, without the answers and notes that differ between forms. */
    private record Figures(
            String city, double value, String level, int rank, List<CriterionScore> criteria, List<ItemFigure> items) {}

    private record ItemFigure(
            String code, String criterion, Outcome outcome, boolean scored, String rule, String policy) {}

    private record AnswerFigure(String item, AnswerValue value, String channel, String assessor, String role) {}

    private static List<Figures> figuresOf(ScoreReport report) {
        return report.cities().stream()
                .map(c -> new Figures(
                        c.city().id(),
                        c.value(),
                        c.level(),
                        c.rank(),
                        c.criteria(),
                        c.items().stream()
                                .map(i -> new ItemFigure(
                                        i.code(), i.criterion(), i.outcome(), i.scored(), i.rule(), i.policy()))
                                .toList()))
                .toList();
    }

    private static List<String> idsApart(ScoreReport report) {
        return report.notAssessed().stream().map(n -> n.city().id()).toList();
    }

    /** The answers that say something: a blank CSV cell and a "not_assessed" answer both say nothing. */
    private static List<AnswerFigure> answered(Assessment assessment) {
        return assessment.answers().stream()
                .filter(a -> a.value() != AnswerValue.NOT_ASSESSED)
                .map(SameResultsInEveryFormTest::figureOf)
                .toList();
    }

    private static AnswerFigure figureOf(Answer a) {
        return new AnswerFigure(a.item(), a.value(), a.channel().word(), a.assessor(), a.role());
    }
}
