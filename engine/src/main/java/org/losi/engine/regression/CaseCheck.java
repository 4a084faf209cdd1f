package org.losi.engine.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;
import org.losi.engine.regression.Expectations.Expected;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.CriterionScore;
import org.losi.engine.scoring.Disagreement;
import org.losi.engine.scoring.ItemResult;
import org.losi.engine.scoring.Outcome;
import org.losi.engine.scoring.ScoreReport;

/** Compares one case's result with what it is expected to score, field by field, and says why items differ. */
final class CaseCheck {
    private final Edition edition;
    private final Expectations expectations;
    private final List<Difference> differences = new ArrayList<>();

    private CaseCheck(Edition edition, Expectations expectations) {
        this.edition = edition;
        this.expectations = expectations;
    }

    static List<Difference> compare(
            Edition edition, Expectations expectations, Expected expected, Optional<CityResult> actual, String reason) {
        CaseCheck check = new CaseCheck(edition, expectations);
        if (expected.expectsNotAssessed()) {
            actual.ifPresent(city -> check.add("notAssessed", "true", "false", "scored " + summary(city)));
        } else if (actual.isEmpty()) {
            check.add("notAssessed", "false", "true", reason);
        } else {
            check.scored(expected, actual.get());
        }
        return check.differences;
    }

    /** A ranked city in a few words: {@code 0.7500 high, rank 1}. */
    static String summary(CityResult city) {
        return four(city.value()) + " " + city.level() + ", rank " + city.rank();
    }

    /** The reason a city was left out of the ranking, or null if it was ranked. */
    static String notAssessedReason(ScoreReport report, String city) {
        return report.notAssessed().stream()
                .filter(n -> n.city().id().equals(city))
                .map(ScoreReport.NotAssessed::reason)
                .findFirst()
                .orElse(null);
    }

    private void scored(Expected expected, CityResult city) {
        double tolerance = expectations.toleranceOrDefault();
        if (expected.value() != null && !close(expected.value(), city.value(), tolerance)) {
            String[] shown = shown(expected.value(), city.value());
            add("value", shown[0], shown[1], signed(city.value() - expected.value()));
        }
        if (expected.level() != null && !expected.level().equals(Expectations.levelOf(city))) {
            add("level", expected.level(), Expectations.levelOf(city), null);
        }
        if (expected.rank() != null && expected.rank() != city.rank()) {
            add("rank", String.valueOf(expected.rank()), String.valueOf(city.rank()), null);
        }
        if (expected.criteria() != null) {
            expected.criteria().forEach((code, share) -> criterion(code, share, city, tolerance));
        }
        if (expected.items() != null) {
            expected.items().forEach((code, outcome) -> item(code, outcome, city));
        }
        if (!differences.isEmpty()) {
            weightsMoved(city);
        }
    }

    private void criterion(String code, Double expected, CityResult city, double tolerance) {
        Optional<CriterionScore> score = city.criterion(code);
        if (score.isEmpty()) {
            add("criterion " + code, share(expected), "-", "edition " + edition.id() + " has no criterion " + code);
            return;
        }
        Double actual = score.get().share();
        boolean same = expected == null || actual == null
                ? Objects.equals(expected, actual)
                : close(expected, actual, tolerance);
        if (!same) {
            String[] shown = expected == null || actual == null
                    ? new String[] {share(expected), share(actual)}
                    : shown(expected, actual);
            add(
                    "criterion " + code,
                    shown[0],
                    shown[1],
                    score.get().met() + " of " + score.get().scored() + " scored items met");
        }
    }

    private void item(String code, Outcome expected, CityResult city) {
        Optional<ItemResult> result = city.item(code);
        if (result.isEmpty()) {
            add("item " + code, expected.word(), "-", "edition " + edition.id() + " has no item " + code);
        } else if (result.get().outcome() != expected) {
            add("item " + code, expected.word(), result.get().outcome().word(), decidedBy(result.get()));
        }
    }

    /** The items that count in this case and whose weight differs from the one they had at approval. */
    private void weightsMoved(CityResult city) {
        Map<String, Double> approved = expectations.weights();
        if (approved == null) {
            return;
        }
        for (ItemResult item : city.items()) {
            Double was = approved.get(item.code());
            if (item.scored() && was != null && Double.compare(was, item.weight()) != 0) {
                add(
                        "weight " + item.code(),
                        plain(was),
                        plain(item.weight()),
                        "counts in this case as " + item.outcome().word() + "; " + place(item.rule()));
            }
        }
    }

    /** What decided an item: its rule, firing or not, or the policy that placed it in or out of the denominator. */
    String decidedBy(ItemResult item) {
        String rule = place(item.rule());
        String how = switch (item.outcome()) {
            case MET -> "fired";
            case MISSED -> "did not fire";
            case NOT_APPLICABLE, NOT_ASSESSED -> "was not asked: policy " + item.policy();
        };
        StringBuilder said = new StringBuilder(rule).append(' ').append(how);
        for (Disagreement disagreement : item.disagreements()) {
            said.append("; assessors disagreed on ")
                    .append(disagreement.channel().word())
                    .append(", settled ")
                    .append(disagreement.settled().word())
                    .append(" by ")
                    .append(disagreement.policy());
        }
        return said.toString();
    }

    private String place(String rule) {
        Optional<Item> declared = edition.items().stream()
                .filter(i -> i.declared().rule().equals(rule))
                .findFirst();
        return "rule \"" + rule + "\""
                + declared.map(i -> " at " + i.declared().file() + ":"
                                + i.declared().line())
                        .orElse("");
    }

    private void add(String field, String expected, String actual, String note) {
        differences.add(new Difference(field, expected, actual, note));
    }

    private static boolean close(double expected, double actual, double tolerance) {
        return Math.abs(expected - actual) <= tolerance;
    }

    private static String share(Double share) {
        return share == null ? "none" : four(share);
    }

    /** Both with four decimals, as results are shown, or with every digit when four would hide the difference. */
    private static String[] shown(double expected, double actual) {
        String a = four(expected);
        String b = four(actual);
        return a.equals(b) ? new String[] {String.valueOf(expected), String.valueOf(actual)} : new String[] {a, b};
    }

    private static String four(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    private static String signed(double delta) {
        return String.format(Locale.ROOT, "%+.4f", delta);
    }
}
