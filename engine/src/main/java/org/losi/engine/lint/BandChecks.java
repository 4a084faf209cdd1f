package org.losi.engine.lint;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.losi.engine.methodology.Band;
import org.losi.engine.methodology.Declared;
import org.losi.engine.methodology.EditionDiff;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.Problem.Severity;

/**
 * Level bands over [0, 1]: every value must fall in exactly one band, and each cut-off must say which side of it a
 * value exactly on it belongs to. An unstated side counts as exclusive, as the loader reads it.
 */
final class BandChecks {
    private final List<Problem> findings = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final Map<Band, DeclaredRule> rules = new IdentityHashMap<>();

    static List<Problem> check(Declarations declarations) {
        BandChecks checks = new BandChecks();
        declarations.bands().forEach(checks::read);
        if (declarations.complete()) {
            checks.coverage();
        }
        return checks.findings;
    }

    private void read(DeclaredRule rule) {
        double lower = cutOff(rule, "lower");
        double upper = cutOff(rule, "upper");
        boolean lowerInclusive = side(rule, "lower", lower);
        boolean upperInclusive = side(rule, "upper", upper);
        if (!Double.isNaN(lower) && !Double.isNaN(upper)) {
            Band band = new Band(
                    rule.text("level"),
                    lower,
                    lowerInclusive,
                    upper,
                    upperInclusive,
                    new Declared(rule.name(), rule.file(), rule.line()));
            bands.add(band);
            rules.put(band, rule);
        }
    }

    private double cutOff(DeclaredRule rule, String key) {
        double value = rule.number(key, Double.NaN);
        if (Double.isNaN(value)) {
            String seen = rule.has(key) ? "is \"" + rule.metadata().get(key) + "\"" : "is missing";
            findings.add(Check.BAND_CUT_OFF.at(
                    rule,
                    Severity.ERROR,
                    "band \"" + rule.text("level") + "\": @" + key + " " + seen + "; expected a number in [0, 1]"));
        }
        return value;
    }

    private boolean side(DeclaredRule rule, String end, double cutOff) {
        String key = end + "Inclusive";
        Object value = rule.metadata().get(key);
        String text = value == null ? null : String.valueOf(value).trim();
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.parseBoolean(text);
        }
        findings.add(Check.BAND_SIDE_UNSTATED.at(
                rule,
                Severity.ERROR,
                "band \"" + rule.text("level") + "\" does not say whether a value exactly on its " + end + " cut-off "
                        + number(cutOff) + " belongs to it"
                        + (value == null ? "" : " (@" + key + " is \"" + value + "\")") + ": add @" + key
                        + "(true) or @" + key + "(false); unstated, it reads as false"));
        return false;
    }

    /** Walks the cut-offs and the stretches between them, and reports runs covered by no band or by several. */
    private void coverage() {
        if (bands.isEmpty()) {
            findings.add(Check.BAND_GAP.about(
                    null, null, Severity.ERROR, "no level bands are declared: no value gets a level"));
            return;
        }
        List<Stretch> stretches = stretches();
        int start = 0;
        for (int i = 1; i <= stretches.size(); i++) {
            if (i == stretches.size() || !stretches.get(i).holders.equals(stretches.get(start).holders)) {
                report(stretches.subList(start, i));
                start = i;
            }
        }
    }

    /** Each cut-off as a point, and the open stretch up to the next one, from 0 to 1. */
    private List<Stretch> stretches() {
        TreeSet<Double> points = new TreeSet<>(List.of(0.0, 1.0));
        for (Band band : bands) {
            for (double cut : new double[] {band.lower(), band.upper()}) {
                if (cut > 0 && cut < 1) {
                    points.add(cut);
                }
            }
        }
        List<Double> sorted = new ArrayList<>(points);
        List<Stretch> stretches = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            double point = sorted.get(i);
            stretches.add(new Stretch(point, point, holders(point)));
            if (i + 1 < sorted.size()) {
                double next = sorted.get(i + 1);
                stretches.add(new Stretch(point, next, holders((point + next) / 2)));
            }
        }
        return stretches;
    }

    private List<Band> holders(double value) {
        return bands.stream().filter(b -> b.contains(value)).toList();
    }

    private void report(List<Stretch> run) {
        List<Band> holders = run.get(0).holders;
        if (holders.size() == 1) {
            return;
        }
        String where = describe(run);
        if (holders.isEmpty()) {
            Band next = neighbour(run);
            findings.add(Check.BAND_GAP.at(
                    rules.get(next),
                    Severity.ERROR,
                    "no band holds " + where + ", so a city there gets no level; bands: " + listed(bands)));
        } else {
            Band later = holders.get(holders.size() - 1);
            findings.add(Check.BAND_OVERLAP.at(
                    rules.get(later),
                    Severity.ERROR,
                    where + " " + (run.size() == 1 && run.get(0).isPoint() ? "is" : "are") + " in " + listed(holders)
                            + "; the first declared, \"" + holders.get(0).level() + "\", wins"));
        }
    }

    /** The band whose cut-off borders the gap, to point the author at. */
    private Band neighbour(List<Stretch> run) {
        double from = run.get(0).from;
        double to = run.get(run.size() - 1).to;
        return bands.stream()
                .filter(b -> b.lower() == to || b.upper() == from)
                .findFirst()
                .orElse(bands.get(0));
    }

    private static String describe(List<Stretch> run) {
        Stretch first = run.get(0);
        Stretch last = run.get(run.size() - 1);
        if (run.size() == 1 && first.isPoint()) {
            return "the value " + number(first.from) + " exactly";
        }
        return "values in " + (first.isPoint() ? "[" : "(") + number(first.from) + ", " + number(last.to)
                + (last.isPoint() ? "]" : ")");
    }

    private static String listed(List<Band> bands) {
        return bands.stream()
                .map(b -> "\"" + b.level() + "\" " + EditionDiff.interval(b))
                .collect(Collectors.joining(", "));
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "?";
        }
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A cut-off ({@code from == to}) or the open stretch between two, with the bands that hold it. */
    private record Stretch(double from, double to, List<Band> holders) {
        boolean isPoint() {
            return from == to;
        }
    }
}
