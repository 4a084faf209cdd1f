package org.losi.engine.assessment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment tool's question ids, {@code L-<criterion>-<rest>}, and the item codes they may stand for. Where two
 * criteria reuse a number, an edition names one of the items {@code <rest>-<criterion>}; that reading comes first.
 */
final class QuestionIds {
    static final String FORM = "L-<criterion>-<item>";

    private static final Pattern QUESTION = Pattern.compile("L-(?<criterion>[A-Za-z]+)-(?<rest>\\S+)");

    private QuestionIds() {}

    /** The item codes the question id may stand for, most specific first; empty if it is not of the tool's form. */
    static List<String> candidates(String questionId) {
        Matcher question = QUESTION.matcher(questionId.trim());
        if (!question.matches()) {
            return List.of();
        }
        String rest = question.group("rest");
        return List.of(rest + "-" + question.group("criterion"), rest);
    }
}
