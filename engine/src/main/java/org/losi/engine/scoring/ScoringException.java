package org.losi.engine.scoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule failed at run time, for example a condition that reads an attribute a city does not have. Names the rule and
 * its file when Drools says which.
 */
public final class ScoringException extends RuntimeException {
    private static final Pattern RULE = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\" in ([^\\]]+)]");

    private final String rule;
    private final String file;

    ScoringException(String edition, Throwable cause) {
        this(edition, where(cause), cause);
    }

    private ScoringException(String edition, String[] where, Throwable cause) {
        super(
                "edition " + edition + ": "
                        + (where[0] == null ? "a rule" : "rule \"" + where[0] + "\" (" + where[1] + ")")
                        + " failed while scoring: " + detail(cause),
                cause);
        this.rule = where[0];
        this.file = where[1];
    }

    /** The failing rule's name, or null when Drools did not say. */
    public String rule() {
        return rule;
    }

    /** The failing rule's file name within the edition folder, or null. */
    public String file() {
        return file;
    }

    private static String[] where(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            Matcher rule = RULE.matcher(String.valueOf(t.getMessage()));
            if (rule.find()) {
                String path = rule.group(2).trim();
                return new String[] {rule.group(1), path.substring(path.lastIndexOf('/') + 1)};
            }
        }
        return new String[] {null, null};
    }

    /** The innermost message that says something, such as Drools' "null pointer: attribute(...)". */
    private static String detail(Throwable cause) {
        String detail = cause.toString();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                detail = t.getMessage()
                        .replaceAll("\\s+", " ")
                        .replaceAll(" In EvaluationContext.*$", "")
                        .trim();
            }
        }
        return detail;
    }
}
