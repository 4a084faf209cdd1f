package org.losi.engine.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rewrites the Drools messages authors meet most into plain words, keeping the original after them. */
final class PlainMessages {
    private static final Pattern UNKNOWN_METHOD =
            Pattern.compile("unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(([^)]*)\\)");
    private static final Pattern MISMATCHED = Pattern.compile(
            "\\[ERR \\d+] Line \\d+:\\d+ mismatched input '([^']*)'(?: expecting (.+?))?(?: in rule .*)?$");
    private static final Pattern NO_VIABLE =
            Pattern.compile("\\[ERR \\d+] Line \\d+:\\d+ no viable alternative at input '([^']*)'(?: in rule .*)?$");
    private static final Pattern EXTRANEOUS =
            Pattern.compile("\\[ERR \\d+] Line \\d+:\\d+ extraneous input '([^']*)'(?: expecting (.+?))?(?: in rule .*)?$");
    private static final Pattern MISSING =
            Pattern.compile("\\[ERR \\d+] Line \\d+:\\d+ missing (\\S+) at '([^']*)'(?: in rule .*)?$");
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([^']*)'");
    static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final Pattern POSITION = Pattern.compile("\\[Line: (\\d+), Column: (\\d+)]");

    private PlainMessages() {}

    static String explain(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        Matcher unknown = UNKNOWN_METHOD.matcher(flat);
        if (unknown.find()) {
            String type = unknown.group(1).substring(unknown.group(1).lastIndexOf('.') + 1);
            String hint = closestMethod(unknown.group(1), unknown.group(2))
                    .map(m -> "; did you mean " + m + "?")
                    .orElse("");
            return type + " has no method " + unknown.group(2) + "(" + unknown.group(3) + ")" + hint + " (Drools: "
                    + flat + ")";
        }
        Matcher mismatched = MISMATCHED.matcher(flat);
        if (mismatched.find()) {
            return "Drools did not expect '" + mismatched.group(1) + "' here"
                    + (mismatched.group(2) == null ? "" : " (it expected " + mismatched.group(2) + ")")
                    + "; a parenthesis, quote or comma is probably missing just before it (Drools: " + flat + ")";
        }
        Matcher noViable = NO_VIABLE.matcher(flat);
        if (noViable.find()) {
            return "Drools cannot read '" + noViable.group(1) + "' here; look for a misspelt word or a missing"
                    + " parenthesis or quote (Drools: " + flat + ")";
        }
        Matcher missing = MISSING.matcher(flat);
        if (missing.find()) {
            return missing.group(1) + " is missing before '" + missing.group(2) + "' (Drools: " + flat + ")";
        }
        Matcher unknownType = UNKNOWN_TYPE.matcher(flat);
        if (unknownType.find()) {
            return "no fact type '" + unknownType.group(1) + "': check its name and the file's imports (Drools: "
                    + flat + ")";
        }
        Matcher extraneous = EXTRANEOUS.matcher(flat);
        if (extraneous.find()) {
            return "'" + extraneous.group(1) + "' is one too many here"
                    + (extraneous.group(2) == null ? "" : "; Drools expected " + extraneous.group(2))
                    + " (Drools: " + flat + ")";
        }
        return flat;
    }

    /** The column Drools puts in its text when the message itself carries none. */
    static int column(String text) {
        Matcher position = POSITION.matcher(text == null ? "" : text);
        return position.find() ? Integer.parseInt(position.group(2)) : 0;
    }

    private static Optional<String> closestMethod(String className, String wanted) {
        try {
            Class<?> type = Class.forName(className);
            return Arrays.stream(type.getMethods())
                    .filter(m -> m.getDeclaringClass() == type && !Modifier.isStatic(m.getModifiers()))
                    .map(Method::getName)
                    .distinct()
                    .min(Comparator.comparingInt(name -> distance(name, wanted)))
                    .filter(name -> distance(name, wanted) <= Math.max(2, wanted.length() / 3));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
