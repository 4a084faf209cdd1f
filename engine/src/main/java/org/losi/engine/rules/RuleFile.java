package org.losi.engine.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One DRL file of an edition, with the place of each rule in it, found by reading the text so that it works on files
 * that do not compile.
 */
public record RuleFile(String name, String text, List<RuleFile.Located> rules) {
    private static final Pattern RULE_HEADER =
            Pattern.compile("^\\s*rule\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))", Pattern.MULTILINE);
    private static final Pattern END = Pattern.compile("^\\s*end\\b", Pattern.MULTILINE);

    public RuleFile {
        rules = List.copyOf(rules);
    }

    public static RuleFile of(String name, String text) {
        List<Located> rules = new ArrayList<>();
        Matcher header = RULE_HEADER.matcher(text);
        while (header.find()) {
            String ruleName = header.group(1) != null
                    ? header.group(1)
                    : header.group(2) != null ? header.group(2) : header.group(3);
            int startLine = lineOf(text, header.start(1 + firstGroup(header)));
            Matcher end = END.matcher(text);
            int endLine = end.find(header.end()) ? lineOf(text, end.start()) : lineOf(text, text.length());
            rules.add(new Located(ruleName, startLine, endLine));
        }
        return new RuleFile(name, text, rules);
    }

    private static int firstGroup(Matcher m) {
        return m.group(1) != null ? 0 : m.group(2) != null ? 1 : 2;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The rule whose text holds the line, if any. */
    public Optional<Located> ruleAt(int line) {
        Located found = null;
        for (Located rule : rules) {
            if (rule.line() <= line) {
                found = rule;
            }
        }
        return Optional.ofNullable(found).filter(r -> line <= r.endLine() || r == rules.get(rules.size() - 1));
    }

    public Optional<Located> rule(String ruleName) {
        return rules.stream().filter(r -> r.name().equals(ruleName)).findFirst();
    }

    /** The lines of one rule, from its header to its {@code end}. */
    public String textOf(Located rule) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder();
        for (int i = rule.line() - 1; i < Math.min(rule.endLine(), lines.length); i++) {
            out.append(lines[i]).append('\n');
        }
        return out.toString();
    }

    /** Where a rule starts and ends in its file, 1-based and inclusive. */
    public record Located(String name, int line, int endLine) {}
}
