package org.losi.engine.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.losi.engine.Bundled;
import org.losi.engine.Editions;
import org.losi.engine.assessment.AssessmentReaders;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionLoader;
import org.losi.engine.rules.EditionSource;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.Problem.Severity;

/** One test per check, each on a small edition under {@code editions/lint-*} that breaks it on purpose. */
class LintTest {

    private static LintReport lint(String edition) {
        return Lint.check(EditionSource.read(Editions.folder(edition)));
    }

    private static List<Problem> findings(String edition, Check check) {
        return lint(edition).findings().stream()
                .filter(f -> f.check().equals(check.id()))
                .toList();
    }

    @Test
    void compileErrorsBecomeFindingsAndTheOtherChecksStillRun() {
        LintReport report = lint("lint-does-not-compile");

        assertThat(report.compiles()).isFalse();
        assertThat(report.findings())
                .extracting(
                        Problem::check, Problem::severity, Problem::file, Problem::line, Problem::rule, Problem::item)
                .containsExactly(
                        tuple("compile", Severity.ERROR, "items.drl", 17, "item P2", "P2"),
                        tuple("item-without-wording", Severity.WARNING, "items.drl", 21, "item P3", "P3"));
        assertThat(report.findings().get(0).message()).contains("yess").contains("did you mean yes?");
    }

    @Test
    void secondRuleDeclaringAnItemCodeIsNamedWithTheFirstOnesPlace() {
        List<Problem> found = findings("lint-duplicate-item", Check.DUPLICATE_ITEM);

        assertThat(found)
                .extracting(Problem::severity, Problem::file, Problem::line, Problem::rule, Problem::item)
                .containsExactly(tuple(Severity.ERROR, "items.drl", 14, "item P2", "P1"));
        assertThat(found.get(0).message()).contains("\"P1\"").contains("rule \"item P1\" at items.drl:7");
    }

    @Test
    void itemWithoutCriterionIsAnErrorListingTheCriteriaToChooseFrom() {
        List<Problem> found = findings("lint-item-without-criterion", Check.ITEM_WITHOUT_CRITERION);

        assertThat(found)
                .extracting(Problem::severity, Problem::file, Problem::line, Problem::rule, Problem::item)
                .containsExactly(tuple(Severity.ERROR, "items.drl", 14, "item P2", "P2"));
        assertThat(found.get(0).message()).contains("no @criterion").endsWith("A");
    }

    @Test
    void itemWithoutWordingIsAWarning() {
        assertThat(findings("lint-item-without-wording", Check.ITEM_WITHOUT_WORDING))
                .extracting(Problem::severity, Problem::file, Problem::line, Problem::rule, Problem::item)
                .containsExactly(tuple(Severity.WARNING, "items.drl", 14, "item P2", "P2"));
    }

    @Test
    void itemNamingAnUndeclaredCriterionQuotesItAndListsTheDeclaredOnes() {
        List<Problem> found = findings("lint-unknown-criterion", Check.UNKNOWN_CRITERION);

        assertThat(found)
                .extracting(Problem::severity, Problem::rule, Problem::item)
                .containsExactly(tuple(Severity.ERROR, "item Q1", "Q1"));
        assertThat(found.get(0).message()).contains("\"Q\"").endsWith("declared: A");
    }

    @Test
    void criterionWithNoItemsIsAWarningAtItsRule() {
        assertThat(findings("lint-empty-criterion", Check.EMPTY_CRITERION))
                .extracting(Problem::severity, Problem::file, Problem::line, Problem::rule)
                .containsExactly(tuple(Severity.WARNING, "edition.drl", 18, "criterion B"));
    }

    @Test
    void negativeItemWeightIsAnErrorQuotingTheWeight() {
        List<Problem> found = findings("lint-negative-weight", Check.NEGATIVE_WEIGHT);

        assertThat(found)
                .extracting(Problem::severity, Problem::line, Problem::rule, Problem::item)
                .containsExactly(tuple(Severity.ERROR, 14, "item P2", "P2"));
        assertThat(found.get(0).message()).contains("-1");
    }

    @Test
    void criterionWhoseItemsAllWeighZeroIsAnErrorNamingTheItems() {
        List<Problem> found = findings("lint-zero-item-weights", Check.ZERO_WEIGHTS);

        assertThat(found)
                .extracting(Problem::severity, Problem::file, Problem::rule)
                .containsExactly(tuple(Severity.ERROR, "edition.drl", "criterion B"));
        assertThat(found.get(0).message()).contains("(B1, B2)");
    }

    @Test
    void criteriaAllWeighingZeroUnderMeanOfCriteriaIsAnError() {
        List<Problem> found = findings("lint-zero-criterion-weights", Check.ZERO_WEIGHTS);

        assertThat(found)
                .extracting(Problem::severity, Problem::rule)
                .containsExactly(tuple(Severity.ERROR, "criterion A"));
        assertThat(found.get(0).message()).contains("every criterion weighs 0").contains("mean-of-criteria");
    }

    @Test
    void cutOffNoBandHoldsIsAGapNamingTheBandsAroundIt() {
        List<Problem> found = findings("lint-band-gap", Check.BAND_GAP);

        assertThat(found)
                .extracting(Problem::severity, Problem::file, Problem::line, Problem::rule)
                .containsExactly(tuple(Severity.ERROR, "edition.drl", 18, "band high"));
        assertThat(found.get(0).message())
                .contains("the value 0.5 exactly")
                .contains("\"high\" (0.5, 1]")
                .contains("\"low\" [0, 0.5)");
    }

    @Test
    void valuesTwoBandsHoldAreAnOverlapSayingWhichBandWins() {
        List<Problem> found = findings("lint-band-overlap", Check.BAND_OVERLAP);

        assertThat(found)
                .extracting(Problem::severity, Problem::rule)
                .containsExactly(tuple(Severity.ERROR, "band low"));
        assertThat(found.get(0).message()).startsWith("values in [0.5, 0.6)").contains("\"high\", wins");
    }

    @Test
    void cutOffWhoseSideIsUnstatedIsReportedEvenThoughTheLoaderReadsItAsExclusive() {
        List<Problem> found = findings("lint-band-side-unstated", Check.BAND_SIDE_UNSTATED);

        assertThat(found)
                .extracting(Problem::severity, Problem::file, Problem::line, Problem::rule)
                .containsExactly(tuple(Severity.ERROR, "edition.drl", 24, "band low"));
        assertThat(found.get(0).message()).contains("upper cut-off 0.5").contains("@upperInclusive(true)");
    }

    @Test
    void conditionReadingAnAnswerNoItemDefinesCanNeverFire() {
        List<Problem> found = findings("lint-never-fires", Check.NEVER_FIRES);

        assertThat(found)
                .extracting(Problem::severity, Problem::file, Problem::line, Problem::rule, Problem::item)
                .containsExactly(tuple(Severity.ERROR, "items.drl", 14, "item P2", "P2"));
        assertThat(found.get(0).message()).contains("\"P9\"").contains("never fire");
    }

    @Test
    void answersForItemsTheEditionLacksAreNamedOncePerCodeWithTheirCities() throws URISyntaxException {
        Edition tiny = EditionLoader.load(Editions.folder("tiny"));
        Path file = Path.of(
                LintTest.class.getResource("/samples/unknown-answer.json").toURI());
        AssessmentSet sample = AssessmentReaders.read(file, anyCode());

        List<Problem> found = Lint.check(tiny, sample);

        assertThat(found)
                .extracting(Problem::check, Problem::severity, Problem::file, Problem::item)
                .containsExactly(
                        tuple("unknown-answer", Severity.WARNING, "unknown-answer", "P11"),
                        tuple("unknown-answer", Severity.WARNING, "unknown-answer", "Z9"));
        assertThat(found.get(0).message()).startsWith("2 answers in 2 cities (north, south)");
    }

    @Test
    void sampleForAnotherEditionGetsOneFindingInsteadOfOnePerCode() {
        Edition tiny = EditionLoader.load(Editions.folder("tiny"));
        AssessmentSet lakeside = AssessmentReaders.read(Bundled.samples().resolve("training/lakeside.json"), anyCode());

        List<Problem> found = Lint.check(tiny, lakeside);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.item()).isNull();
            assertThat(f.message()).startsWith("97 answers name 95 item codes edition tiny does not have");
        });
    }

    @Test
    void ruleTheAntlr4ParserRejectsIsReportedWithItsMessage() {
        LintReport report = lint("lint-parser-rejects");
        List<Problem> found = findings("lint-parser-rejects", Check.PARSER_REJECTS);

        assertThat(report.compiles()).isTrue();
        assertThat(found)
                .extracting(Problem::severity, Problem::file, Problem::line, Problem::rule)
                .containsExactly(tuple(Severity.WARNING, "items.drl", 7, "middle-sized towns"));
        assertThat(found.get(0).message())
                .contains("DRL6 parser accepts")
                .contains("DRL10 parser rejects")
                .contains("population > 10000 && < 50000");
    }

    @Test
    void ruleWhoseMetadataTheParsersReadDifferentlyIsReportedWithBothReadings() {
        List<Problem> found = findings("lint-parser-metadata", Check.PARSER_METADATA);

        assertThat(found)
                .extracting(Problem::severity, Problem::file, Problem::line, Problem::rule, Problem::item)
                .containsExactly(tuple(Severity.WARNING, "items.drl", 15, "item P2", "P2"));
        assertThat(found.get(0).message())
                .contains("@wording is \"Only middle-sized towns, written with a half constraint\" with DRL6")
                .contains("with DRL10");
    }

    @Test
    void choosingTheParserLeavesTheJvmWidePropertyAsItWas() {
        String before = System.getProperty("drools.drl.antlr4.parser.enabled");

        lint("lint-parser-rejects");

        assertThat(System.getProperty("drools.drl.antlr4.parser.enabled")).isEqualTo(before);
    }

    @Test
    void bundledEditionHasNoFindings() {
        LintReport report = Lint.check(EditionSource.read(Bundled.edition("losi-2024")));

        assertThat(report.findings()).isEmpty();
        assertThat(report)
                .extracting(LintReport::compiles, LintReport::items, LintReport::criteria, LintReport::bands)
                .containsExactly(true, 95, 6, 4);
    }

    private static Predicate<String> anyCode() {
        return code -> true;
    }
}
