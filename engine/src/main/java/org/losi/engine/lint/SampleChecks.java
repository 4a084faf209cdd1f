package org.losi.engine.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.losi.engine.assessment.Answer;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;
import org.losi.engine.rules.Problem;
import org.losi.engine.rules.Problem.Severity;

/** Samples against an edition: answers naming item codes the edition neither defines nor reads. */
final class SampleChecks {
    private static final int ONE_BY_ONE = 10;

    private SampleChecks() {}

    static List<Problem> check(Edition edition, AssessmentSet sample) {
        Set<String> known = new HashSet<>();
        edition.items().forEach(i -> {
            known.add(i.code());
            known.addAll(i.reads());
        });
        Map<String, Set<String>> citiesByCode = new LinkedHashMap<>();
        Map<String, Integer> answersByCode = new LinkedHashMap<>();
        for (Assessment assessment : sample.assessments()) {
            for (Answer answer : assessment.answers()) {
                if (!known.contains(answer.item())) {
                    citiesByCode
                            .computeIfAbsent(answer.item(), k -> new LinkedHashSet<>())
                            .add(assessment.cityId());
                    answersByCode.merge(answer.item(), 1, Integer::sum);
                }
            }
        }
        if (citiesByCode.size() > ONE_BY_ONE) {
            return List.of(summary(edition, sample, citiesByCode.keySet(), answersByCode));
        }
        List<Problem> findings = new ArrayList<>();
        citiesByCode.forEach((code, cities) -> findings.add(Check.UNKNOWN_ANSWER.about(
                sample.id(),
                code,
                Severity.WARNING,
                count(answersByCode.get(code), "answer") + " in " + count(cities.size(), "city") + " ("
                        + String.join(", ", cities) + ") name item \"" + code + "\", which edition " + edition.id()
                        + " does not have; scoring ignores them")));
        return findings;
    }

    /** So many unknown codes suggest a sample for another edition: one finding, not one per code. */
    private static Problem summary(
            Edition edition, AssessmentSet sample, Set<String> codes, Map<String, Integer> answersByCode) {
        int answers =
                answersByCode.values().stream().mapToInt(Integer::intValue).sum();
        List<String> first = codes.stream().limit(ONE_BY_ONE).toList();
        return Check.UNKNOWN_ANSWER.about(
                sample.id(),
                null,
                Severity.WARNING,
                count(answers, "answer") + " name " + codes.size() + " item codes edition " + edition.id()
                        + " does not have (" + String.join(", ", first) + ", ...); scoring ignores them. Is the sample"
                        + " meant for another edition?");
    }

    private static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
