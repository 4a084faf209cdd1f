package org.losi.engine.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.losi.engine.Editions;
import org.losi.engine.assessment.InputException;
import org.losi.engine.history.History;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionLoader;
import org.losi.engine.scoring.Outcome;

class RegressionTest {
    private static Edition tiny;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadEdition() {
        tiny = EditionLoader.load(Editions.folder("tiny"));
    }

    private static SuiteRun drifted() {
        return Regression.run(Suite.open(Suites.folder("tiny-drifted")), tiny);
    }

    private static CaseResult caseOf(SuiteRun run, String city) {
        return run.cases().stream()
                .filter(c -> c.city().equals(city))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void casesScoringAsExpectedPass() {
        SuiteRun run = Regression.run(Suite.open(Suites.folder("tiny-suite")), tiny);

        assertThat(run.passed()).isTrue();
        assertThat(run.cases()).extracting(CaseResult::city).containsExactly("alpha", "beta", "gamma", "ghost");
        assertThat(run.rulesChangedSinceApproval()).isTrue();
    }

    @Test
    void valueLevelRankAndCriterionDifferencesShowExpectedAgainstActual() {
        CaseResult alpha = caseOf(drifted(), "alpha");

        assertThat(alpha.passed()).isFalse();
        assertThat(alpha.differences())
                .extracting(Difference::field, Difference::expected, Difference::actual)
                .contains(
                        tuple("value", "0.6000", "0.5000"),
                        tuple("level", "high", "middle"),
                        tuple("rank", "1", "2"),
                        tuple("criterion B", "0.2500", "0.0000"));
        assertThat(alpha.diff()).contains("value").contains("-0.1000");
    }

    @Test
    void differingItemNamesItsOutcomeAndTheRuleThatDecidedIt() {
        CaseResult alpha = caseOf(drifted(), "alpha");

        assertThat(alpha.differences())
                .filteredOn(d -> d.field().equals("item X1"))
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.expected()).isEqualTo("met");
                    assertThat(d.actual()).isEqualTo("missed");
                    assertThat(d.note()).isEqualTo("rule \"item X1\" at items.drl:19 did not fire");
                });
    }

    @Test
    void itemWhoseWeightMovedSinceApprovalIsNamedInTheCasesItCountsIn() {
        CaseResult alpha = caseOf(drifted(), "alpha");

        assertThat(alpha.differences())
                .filteredOn(d -> d.field().startsWith("weight"))
                .extracting(Difference::field, Difference::expected, Difference::actual)
                .containsExactly(tuple("weight C1", "2", "1"));
    }

    @Test
    void fieldsLeftOutOfACaseAreNotChecked() {
        assertThat(caseOf(drifted(), "beta").passed()).isTrue();
    }

    @Test
    void cityExpectedNotAssessedButScoredFails() {
        assertThat(caseOf(drifted(), "gamma").differences())
                .extracting(Difference::field, Difference::expected, Difference::actual)
                .containsExactly(tuple("notAssessed", "true", "false"));
    }

    @Test
    void cityExpectedScoredButNotAssessedFailsWithTheReason() {
        assertThat(caseOf(drifted(), "ghost").differences())
                .extracting(Difference::field, Difference::actual, Difference::note)
                .containsExactly(tuple("notAssessed", "true", "no item of this edition was assessed"));
    }

    @Test
    void expectationForACityTheCasesDoNotHoldFails() {
        assertThat(caseOf(drifted(), "delta").differences())
                .extracting(Difference::field, Difference::actual)
                .containsExactly(tuple("case", "missing"));
    }

    @Test
    void caseWithoutExpectationsFailsUntilApproved() throws IOException {
        Path suite = Suites.copyIntoOwnRepository(Suites.folder("tiny-suite"), temp);
        Files.delete(suite.resolve("expected/tiny.json"));

        SuiteRun run = Regression.run(Suite.open(suite), tiny);

        assertThat(run.expectations()).isNull();
        assertThat(run.failures()).hasSize(4);
        assertThat(run.failures().get(0).diff()).contains("no expectation recorded");
    }

    @Test
    void valueWithinTheFilesToleranceStillPasses() throws IOException {
        Path suite = Suites.copyIntoOwnRepository(Suites.folder("tiny-suite"), temp);
        Path file = suite.resolve("expected/tiny.json");
        Files.writeString(
                file,
                Files.readString(file)
                        .replace("\"tolerance\": 1e-9", "\"tolerance\": 0.001")
                        .replace("\"value\": 0.75", "\"value\": 0.7504"));

        assertThat(Regression.run(Suite.open(suite), tiny).passed()).isTrue();
    }

    @Test
    void unknownOutcomeWordIsBadInputNamingFileAndLine() throws IOException {
        Path suite = Suites.copyIntoOwnRepository(Suites.folder("tiny-suite"), temp);
        Path file = suite.resolve("expected/tiny.json");
        Files.writeString(file, Files.readString(file).replace("\"C1\": \"met\"}", "\"C1\": \"mett\"}"));

        assertThatThrownBy(() -> Regression.run(Suite.open(suite), tiny))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("tiny.json, line 19")
                .hasMessageContaining(
                        "cases.beta.items.C1: \"mett\" is not one of met, missed, not_applicable, not_assessed");
    }

    @Test
    void approvalRecordsCurrentResultsCommitsThemAndTheSuitePassesAgain() {
        Path suite = Suites.copyIntoOwnRepository(Suites.folder("tiny-drifted"), temp);

        ApprovalCommit approval =
                Regression.approve(Suite.open(suite), tiny, "Ana Reviewer", "ana@example.org", "X1 now missed");

        assertThat(Regression.run(Suite.open(suite), tiny).passed()).isTrue();
        assertThat(approval.changed()).containsExactly("alpha", "gamma", "ghost", "delta");
        try (History history = History.open(suite)) {
            assertThat(history.log(approval.file())).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo(approval.commit());
                assertThat(r.author()).isEqualTo("Ana Reviewer");
                assertThat(r.message()).isEqualTo("X1 now missed");
            });
        }
    }

    @Test
    void approvalKeepsTheShapeTheReviewerGaveEachCase() {
        Path suite = Suites.copyIntoOwnRepository(Suites.folder("tiny-drifted"), temp);

        Regression.approve(Suite.open(suite), tiny, "Ana Reviewer", "Record");

        Expectations recorded = Expectations.read(suite.resolve("expected/tiny.json"));
        assertThat(recorded.cases().get("alpha").items()).containsOnlyKeys("P1", "X1");
        assertThat(recorded.cases().get("alpha").items()).containsEntry("X1", Outcome.MISSED);
        assertThat(recorded.cases().get("beta"))
                .extracting(Expectations.Expected::value, Expectations.Expected::level, Expectations.Expected::items)
                .containsExactly(0.75, null, null);
        assertThat(recorded.cases()).doesNotContainKey("delta");
        assertThat(recorded.rulesHash()).isEqualTo(tiny.hash());
        assertThat(recorded.approved().by()).isEqualTo("Ana Reviewer");
        assertThat(recorded.weights()).containsEntry("C1", 1.0);
    }

    @Test
    void approvalOfANewFileListsEveryItemAndCriterion() throws IOException {
        Path suite = Suites.copyIntoOwnRepository(Suites.folder("tiny-suite"), temp);
        Files.delete(suite.resolve("expected/tiny.json"));

        Regression.approve(Suite.open(suite), tiny, "Ana Reviewer", "First expectations");

        Expectations recorded = Expectations.read(suite.resolve("expected/tiny.json"));
        assertThat(recorded.cases().get("beta").items()).containsOnlyKeys("P1", "C1", "X1", "R1");
        assertThat(recorded.cases().get("gamma").criteria()).containsEntry("B", null);
        assertThat(recorded.cases().get("ghost").expectsNotAssessed()).isTrue();
        assertThat(recorded.toleranceOrDefault()).isEqualTo(1e-9);
    }

    @Test
    void approvalLeavesOnlyTheExpectationsFileBehindNoPartFile() throws IOException {
        Path suite = Suites.copyIntoOwnRepository(Suites.folder("tiny-suite"), temp);

        Regression.approve(Suite.open(suite), tiny, "Ana Reviewer", "Again");

        try (Stream<Path> files = Files.list(suite.resolve("expected"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("tiny.json");
        }
    }

    @Test
    void approvalWithoutAMessageIsRefused() {
        Path suite = Suites.copyIntoOwnRepository(Suites.folder("tiny-suite"), temp);

        assertThatThrownBy(() -> Regression.approve(Suite.open(suite), tiny, "Ana Reviewer", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message");
    }

    @Test
    void writtenExpectationsReadBackTheSame() {
        Expectations written = Expectations.read(Suites.folder("tiny-drifted").resolve("expected/tiny.json"));
        Path copy = temp.resolve("copy.json");

        written.write(copy);

        assertThat(Expectations.read(copy)).isEqualTo(written);
    }

    @Test
    void suitesFolderListsTheFoldersHoldingCases() {
        List<Suite> suites = Suite.all(Suites.folder("tiny-suite").getParent());

        assertThat(suites).extracting(Suite::name).containsExactly("tiny-drifted", "tiny-suite");
        assertThat(suites.get(1).editions()).containsExactly("tiny");
    }

    @Test
    void aValueInNoBandIsApprovedAsLevelNoneAndStillChecked() throws IOException {
        Path suite = Suites.copyIntoOwnRepository(Suites.folder("tiny-suite"), temp);
        Files.delete(suite.resolve("expected/tiny.json"));
        Path folder = Editions.folder("tiny");
        String onlyVeryHigh = Files.readString(folder.resolve("edition.drl"))
                .replaceAll("(?s)rule \"band (high|middle|low)\".*?\nend\n", "");
        Edition gapped = EditionLoader.load(org.losi.engine.rules.EditionSource.of(
                "tiny",
                folder,
                java.util.Map.of(
                        "edition.drl", onlyVeryHigh, "items.drl", Files.readString(folder.resolve("items.drl")))));

        Regression.approve(Suite.open(suite), gapped, "Ana Reviewer", "Bands left out on purpose");
        SuiteRun withBands = Regression.run(Suite.open(suite), tiny);

        assertThat(Expectations.read(suite.resolve("expected/tiny.json"))
                        .cases()
                        .values())
                .extracting(Expectations.Expected::level)
                .contains(Expectations.NO_LEVEL);
        assertThat(Regression.run(Suite.open(suite), gapped).passed()).isTrue();
        assertThat(withBands.cases())
                .flatExtracting(CaseResult::differences)
                .extracting(Difference::field, Difference::expected)
                .contains(tuple("level", Expectations.NO_LEVEL));
    }
}
