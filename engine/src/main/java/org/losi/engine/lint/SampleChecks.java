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

    private static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
