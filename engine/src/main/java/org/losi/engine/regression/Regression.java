package org.losi.engine.regression;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.losi.engine.history.History;
import org.losi.engine.methodology.Edition;
import org.losi.engine.regression.Expectations.Expected;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ScoreReport;
import org.losi.engine.scoring.Scorer;

/**
 * Runs regression suites under an edition, and records today's results as a suite's expectations when a reviewer
 * approves them.
 *
 * <p>A case fails when a field its expectations list differs (values and shares beyond the file's tolerance), when it
 * has no expectations yet, or when expectations name a city the cases no longer hold. Each failure carries a readable
 * diff: expected against actual, and for an item the outcome under the edition with the rule that decided it.
 */
public final class Regression {
    private Regression() {}

    /** Scores the suite's cases under the edition and checks them against {@code expected/<edition-id>.json}. */
    public static SuiteRun run(Suite suite, Edition edition) {
        ScoreReport report = Scorer.score(edition, suite.cases());
        Path file = suite.expectations(edition.id());
        Expectations expectations = Files.isRegularFile(file) ? Expectations.read(file) : null;
        List<CaseResult> cases = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>(suite.caseIds());
        if (expectations != null) {
            ids.addAll(expectations.cases().keySet());
        }
        for (String id : ids) {
            cases.add(check(suite, edition, report, expectations, id));
        }
        return new SuiteRun(suite.name(), edition.id(), edition.hash(), expectations, cases, report);
    }

    private static CaseResult check(
            Suite suite, Edition edition, ScoreReport report, Expectations expectations, String id) {
        Optional<CityResult> actual = report.city(id);
        String name = nameOf(report, id);
        Expected expected = expectations == null ? null : expectations.cases().get(id);
        if (!suite.caseIds().contains(id)) {
            return new CaseResult(
                    id,
                    name,
                    List.of(new Difference(
                            "case",
                            "in " + Suite.CASES,
                            "missing",
                            "expected/" + edition.id() + ".json names a city " + Suite.CASES
                                    + " does not assess; approve again to drop it")));
        }
        if (expected == null) {
            String now = actual.map(CaseCheck::summary).orElse("not assessed");
            return new CaseResult(
                    id,
                    name,
                    List.of(new Difference(
                            "case",
                            "-",
                            now,
                            "no expectation recorded for this case; review it and approve to record one")));
        }
        String reason = CaseCheck.notAssessedReason(report, id);
        return new CaseResult(id, name, CaseCheck.compare(edition, expectations, expected, actual, reason));
    }

    private static String nameOf(ScoreReport report, String id) {
        return report.city(id)
                .map(c -> c.city().name())
                .or(() -> report.notAssessed().stream()
                        .filter(n -> n.city().id().equals(id))
                        .map(n -> n.city().name())
                        .findFirst())
                .orElse(id);
    }

    /** Like {@link #approve(Suite, Edition, String, String, String)} with no e-mail address. */
    public static ApprovalCommit approve(Suite suite, Edition edition, String by, String message) {
        return approve(suite, edition, by, "", message);
    }

    /**
     * Records the suite's current results under the edition as its expectations, and commits the file with the
     * reviewer as author and their message. The file is replaced whole or not at all. A case keeps the fields and
     * items the reviewer listed; a new case, or every case of a new file, lists all of them.
     *
     * @param email may be empty
     */
    public static ApprovalCommit approve(Suite suite, Edition edition, String by, String email, String message) {
        if (by == null || by.isBlank()) {
            throw new IllegalArgumentException("name the reviewer who approves");
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("say why the results are approved: the message is empty");
        }
        SuiteRun before = run(suite, edition);
        Expectations.Approval approval = new Expectations.Approval(
                by.strip(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), message.strip());
        Expectations recorded = new Recorder(edition, before.report()).record(suite, before.expectations(), approval);
        Path file = suite.expectations(edition.id());
        recorded.write(file);
        try (History history = History.open(suite.folder())) {
            History.Revision commit = history.commit(List.of(file), by.strip(), email, message.strip());
            List<String> changed =
                    before.failures().stream().map(CaseResult::city).toList();
            return new ApprovalCommit(file, commit.id(), changed);
        }
    }
}
