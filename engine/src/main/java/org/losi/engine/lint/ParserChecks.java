package org.losi.engine.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.losi.engine.rules.EditionSource;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.Problem.Severity;
import org.losi.engine.rules.RuleFile;

/**
 * Rules the two DRL parsers read differently. Drools 10 moves to an ANTLR4 parser (language level DRL10) that drops
 * half constraints ({@code a > 1 && < 5}), {@code &&} and {@code ||} between patterns, and annotations inside
 * patterns; a rule written that way may be refused, or may keep its name but lose part of its condition into its
 * metadata. Both show here before an upgrade shows them in scores.
 */
final class ParserChecks {
    private static final String DROPPED_FORMS =
            "half constraints such as \"x > 1 && < 5\", && or || between patterns, annotations inside a pattern";
    private static final int QUOTE = 60;

    private ParserChecks() {}

    static List<Problem> compare(EditionSource source, ParserBuild classic, ParserBuild antlr4) {
        List<Problem> findings = new ArrayList<>();
        for (RuleFile file : source.files()) {
            for (RuleFile.Located located : file.rules()) {
                compare(file, located, classic, antlr4).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Problem> compare(
            RuleFile file, RuleFile.Located located, ParserBuild classic, ParserBuild antlr4) {
        Reading one = Reading.of(classic, file, located);
        Reading other = Reading.of(antlr4, file, located);
        Map<String, Object> metadata = one.metadata() != null ? one.metadata() : other.metadata();
        DeclaredRule rule = new DeclaredRule(
                located.name(), file.name(), located.line(), metadata == null ? Map.of() : metadata, "");
        if (one.accepted() && other.refused()) {
            return Optional.of(refused(rule, other, one));
        }
        if (other.accepted() && one.refused()) {
            return Optional.of(refused(rule, one, other));
        }
        if (one.accepted() && other.accepted() && !differences(one, other).isEmpty()) {
            return Optional.of(Check.PARSER_METADATA.at(
                    rule,
                    Severity.WARNING,
                    "the " + classic.parser() + " and " + antlr4.parser() + " parsers read this rule's metadata"
                            + " differently, and so maybe its condition: " + differences(one, other)
                            + "; look in this rule and the next for forms " + antlr4.parser() + " drops ("
                            + DROPPED_FORMS + ")"));
        }
        return Optional.empty();
    }

    private static Problem refused(DeclaredRule rule, Reading refusing, Reading accepting) {
        String what = refusing.rejected()
                ? "rejects it: " + refusing.errors().get(0).message()
                : "drops it without an error: it is missing from the build, maybe read into the metadata of the rule"
                        + " before it";
        return Check.PARSER_REJECTS.at(
                rule,
                Severity.WARNING,
                "the " + accepting.parser() + " parser accepts this rule but the " + refusing.parser() + " parser "
                        + what + (refusing.parser().equals("DRL10") ? "; DRL10 drops " + DROPPED_FORMS : ""));
    }

    private static String differences(Reading one, Reading other) {
        TreeSet<String> keys = new TreeSet<>(one.metadata().keySet());
        keys.addAll(other.metadata().keySet());
        List<String> differences = new ArrayList<>();
        for (String key : keys) {
            Object a = one.metadata().get(key);
            Object b = other.metadata().get(key);
            if (!Objects.equals(text(a), text(b))) {
                differences.add("@" + key + " is " + quote(a) + " with " + one.parser() + " but " + quote(b) + " with "
                        + other.parser());
            }
        }
        return String.join("; ", differences);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static String quote(Object value) {
        if (value == null) {
            return "absent";
        }
        String flat = String.valueOf(value).replaceAll("\\s+", " ").strip();
        return "\"" + (flat.length() > QUOTE ? flat.substring(0, QUOTE) + "…" : flat) + "\"";
    }

    /** What one parser made of one rule: rejected with errors, built with metadata, dropped, or unknown. */
    private record Reading(
            String parser, List<ParserBuild.Error> errors, Map<String, Object> metadata, boolean fileBuilt) {
        static Reading of(ParserBuild build, RuleFile file, RuleFile.Located rule) {
            boolean fileBuilt = file.rules().stream().anyMatch(r -> build.built(r.name()));
            return new Reading(build.parser(), build.errorsIn(file, rule), build.metadataOf(rule.name()), fileBuilt);
        }

        boolean rejected() {
            return !errors.isEmpty();
        }

        /** Missing from a build that kept other rules of its file, with no error to say why. */
        boolean dropped() {
            return errors.isEmpty() && metadata == null && fileBuilt;
        }

        boolean refused() {
            return rejected() || dropped();
        }

        /** Built without an error of its own; a rule missing because its whole file failed is neither. */
        boolean accepted() {
            return errors.isEmpty() && metadata != null;
        }
    }
}
