package org.losi.engine.authoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits of rule metadata in DRL text: set one key of one rule's header, or write a declaration rule. */
final class Declarations {
    private Declarations() {}

    /** The rule text with {@code @key(value)} set, replacing the key's current value or adding it to the header. */
    static String setMetadata(String ruleText, String key, String rawValue) {
        int when = ruleText.indexOf("\nwhen");
        String header = when < 0 ? ruleText : ruleText.substring(0, when);
        String rest = when < 0 ? "" : ruleText.substring(when);
        Matcher existing = Pattern.compile("@" + Pattern.quote(key) + "\\s*\\(").matcher(header);
        if (existing.find()) {
            int close = closing(header, existing.end() - 1);
            return header.substring(0, existing.start()) + "@" + key + "(" + rawValue + ")"
                    + header.substring(close + 1) + rest;
        }
        int firstLineEnd = header.indexOf('\n');
        String addition = (firstLineEnd < 0 ? "\n   " : "") + " @" + key + "(" + rawValue + ")";
        int metadataLineEnd = header.indexOf('\n', firstLineEnd + 1);
        if (firstLineEnd < 0 || metadataLineEnd < 0) {
            return header + "\n    @" + key + "(" + rawValue + ")" + rest;
        }
        return header.substring(0, metadataLineEnd) + addition + header.substring(metadataLineEnd) + rest;
    }

    static String criterionRule(String code, String name, double weight) {
        return "rule " + ItemDrl.quote("criterion " + code) + "\n    @criterion(" + ItemDrl.quote(code) + ") @name("
                + ItemDrl.quote(name) + ") @weight(" + number(weight) + ")\nwhen\nthen\nend\n";
    }

    static String bandRule(String level, double lower, boolean lowerInclusive, double upper, boolean upperInclusive) {
        return "rule " + ItemDrl.quote("band " + level) + "\n    @level(" + ItemDrl.quote(level) + ") @lower("
                + number(lower) + ") @lowerInclusive(" + lowerInclusive + ") @upper(" + number(upper)
                + ") @upperInclusive(" + upperInclusive + ")\nwhen\nthen\nend\n";
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    private static int closing(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                i += ch == '\\' ? 1 : 0;
                quoted = ch != '"';
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced parentheses in rule metadata: " + text);
    }
}
