package org.losi.engine.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.losi.engine.assessment.Channel;
import org.losi.engine.authoring.Condition.Kind;
import org.losi.engine.authoring.Condition.Limit;
import org.losi.engine.methodology.Item;
import org.losi.engine.methodology.ItemPolicy;

/**
 * Writes an item form as a DRL rule, and reads a rule back into the form when the form can represent it. A rule
 * written by hand that the form cannot represent reads as empty, and the designer offers the DRL editor instead.
 */
public final class ItemDrl {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Set<String> PROPERTIES =
            Set.of("settlementType", "region", "country", "name", "id", "portalUrl");
    private static final Set<String> OPERATORS = Set.of("==", "!=", "<", "<=", ">", ">=");
    private static final Set<String> FORM_KEYS =
            Set.of("code", "criterion", "weight", "wording", "advice", "osi", "notApplicable");
    private static final Pattern METADATA = Pattern.compile("@(\\w+)\\s*\\(");
    private static final Pattern COUNT =
            Pattern.compile("(yesCount|yesCountAnywhere)\\(\"([^\"]*)\"\\)\\s*>=\\s*(\\d+)");
    private static final Pattern LIMIT =
            Pattern.compile("(\\w+)\\s*(==|!=|<=|>=|<|>)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?)");
    private static final Pattern FREE_LIMIT =
            Pattern.compile("attribute\\(\"(\\w+)\"\\)\\s*(==|!=)\\s*(\"(?:[^\"\\\\]|\\\\.)*\")");

    private ItemDrl() {}

    /** The rule name the form gives an item. */
    public static String ruleName(String code) {
        return "item " + code;
    }

    /**
     * The rule for a form, keeping metadata the form does not know (for example a crosswalk) and the author's comments
     * in the condition as they were.
     *
     * @throws FormException naming the field whose value cannot be written
     */
    public static String render(ItemForm form, List<String> otherMetadata, List<String> comments) {
        validate(form);
        StringBuilder header = new StringBuilder("    @code(")
                .append(quote(form.code()))
                .append(") @criterion(")
                .append(quote(form.criterion()))
                .append(") @weight(")
                .append(number(form.weight()))
                .append(')');
        if (form.notApplicable() != null) {
            header.append(" @notApplicable(")
                    .append(quote(form.notApplicable().word()))
                    .append(')');
        }
        if (!blank(form.osi())) {
            header.append(" @osi(").append(quote(form.osi())).append(')');
        }
        StringBuilder rule =
                new StringBuilder("rule ").append(quote(ruleName(form.code()))).append('\n');
        rule.append(header).append('\n');
        rule.append("    @wording(").append(quote(form.wording())).append(")\n");
        if (!blank(form.advice())) {
            rule.append("    @advice(").append(quote(form.advice())).append(")\n");
        }
        otherMetadata.forEach(m -> rule.append("    ").append(m).append('\n'));
        rule.append("when\n");
        comments.forEach(c -> rule.append("    ").append(c).append('\n'));
        rule.append("    City( ")
                .append(condition(form.code(), form.condition()))
                .append(" )\nthen\nend\n");
        return rule.toString();
    }

    /** The comment lines an author wrote in a rule's condition, to be written back unchanged. */
    public static List<String> conditionComments(String ruleText) {
        int when = ruleText.indexOf("\nwhen");
        int then = ruleText.lastIndexOf("\nthen");
        if (when < 0 || then < when) {
            return List.of();
        }
        return ruleText.substring(when + 5, then)
                .lines()
                .map(String::strip)
                .filter(line -> line.startsWith("//"))
                .toList();
    }

    /**
     * The form for an item's rule, or empty when the rule is more than the form can show: another condition, rule
     * attributes, or a consequence.
     */
    public static Optional<ItemForm> parse(Item item, String ruleText, String file) {
        Optional<Condition> condition = parseCondition(item.code(), item.condition());
        if (condition.isEmpty() || !onlyMetadataAndCondition(ruleText)) {
            return Optional.empty();
        }
        ItemPolicy notApplicable = ruleText.contains("@notApplicable") ? item.notApplicable() : null;
        return Optional.of(new ItemForm(
                item.code(),
                item.criterion(),
                item.wording(),
                item.weight(),
                item.advice(),
                item.osi(),
                notApplicable,
                condition.get(),
                file));
    }

    /** The metadata annotations of a rule that the form does not edit, verbatim, to be written back unchanged. */
    public static List<String> otherMetadata(String ruleText) {
        List<String> other = new ArrayList<>();
        String header = headerOf(ruleText);
        Matcher annotation = METADATA.matcher(header);
        while (annotation.find()) {
            int end = closingParenthesis(header, annotation.end() - 1);
            if (!FORM_KEYS.contains(annotation.group(1)) && end > 0) {
                other.add(header.substring(annotation.start(), end + 1));
            }
        }
        return other;
    }

    static Optional<Condition> parseCondition(String code, String conditionText) {
        String text = conditionText.replaceAll("\\s+", " ").trim();
        if (!text.startsWith("City(") || !text.endsWith(")")) {
            return Optional.empty();
        }
        List<String> parts = splitTopLevel(text.substring(5, text.length() - 1));
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        List<Limit> limits = new ArrayList<>();
        for (String part : parts.subList(1, parts.size())) {
            Optional<Limit> limit = parseLimit(part);
            if (limit.isEmpty()) {
                return Optional.empty();
            }
            limits.add(limit.get());
        }
        return parseMain(code, parts.get(0))
                .map(c -> new Condition(c.kind(), c.channels(), c.items(), c.atLeast(), c.anyChannel(), limits));
    }

    private static Optional<Condition> parseMain(String code, String main) {
        String own = quote(code);
        if (main.equals("yes(" + own + ")")) {
            return Optional.of(Condition.portal());
        }
        if (main.equals("yesAnywhere(" + own + ")")) {
            return Optional.of(new Condition(Kind.ANY_CHANNEL, null, null, 0, false, null));
        }
        Matcher on = Pattern.compile("yesOn\\(" + Pattern.quote(own) + ", \"([^\"]*)\"\\)")
                .matcher(main);
        if (on.matches()) {
            return Optional.of(new Condition(Kind.CHANNELS, list(on.group(1)), null, 0, false, null));
        }
        Matcher count = COUNT.matcher(main);
        if (count.matches()) {
            List<String> items = list(count.group(2));
            int n = Integer.parseInt(count.group(3));
            Kind kind = n == 1 ? Kind.ANY_OF : n == items.size() ? Kind.ALL_OF : Kind.AT_LEAST;
            return Optional.of(
                    new Condition(kind, null, items, n, count.group(1).endsWith("Anywhere"), null));
        }
        return Optional.empty();
    }

    private static Optional<Limit> parseLimit(String part) {
        Matcher free = FREE_LIMIT.matcher(part);
        if (free.matches()) {
            return Optional.of(new Limit(free.group(1), free.group(2), unquote(free.group(3))));
        }
        Matcher limit = LIMIT.matcher(part);
        if (limit.matches()
                && (PROPERTIES.contains(limit.group(1)) || limit.group(1).equals("population"))) {
            String value = limit.group(3).startsWith("\"") ? unquote(limit.group(3)) : limit.group(3);
            return Optional.of(new Limit(limit.group(1), limit.group(2), value));
        }
        return Optional.empty();
    }

    private static String condition(String code, Condition condition) {
        Condition c = condition == null ? Condition.portal() : condition;
        String main = switch (c.kind()) {
            case PORTAL -> "yes(" + quote(code) + ")";
            case CHANNELS -> "yesOn(" + quote(code) + ", " + quote(String.join(", ", c.channels())) + ")";
            case ANY_CHANNEL -> "yesAnywhere(" + quote(code) + ")";
            case ANY_OF -> count(c, 1);
            case ALL_OF -> count(c, c.items().size());
            case AT_LEAST -> count(c, c.atLeast());
        };
        List<String> parts = new ArrayList<>(List.of(main));
        c.limits().forEach(l -> parts.add(limit(l)));
        return String.join(", ", parts);
    }

    private static String count(Condition c, int n) {
        return (c.anyChannel() ? "yesCountAnywhere(" : "yesCount(") + quote(String.join(", ", c.items())) + ") >= " + n;
    }

    private static String limit(Limit limit) {
        if (limit.attribute().equals("population")) {
            return "population " + limit.operator() + " " + limit.value().trim();
        }
        String left = PROPERTIES.contains(limit.attribute())
                ? limit.attribute()
                : "attribute(" + quote(limit.attribute()) + ")";
        return left + " " + limit.operator() + " " + quote(limit.value());
    }

    private static void validate(ItemForm form) {
        require(
                form.code() != null && CODE.matcher(form.code()).matches(),
                "code",
                "\"" + form.code() + "\" is not an item code; use letters, digits, '.', '_' or '-'");
        require(!blank(form.criterion()), "criterion", "choose the item's criterion");
        require(!blank(form.wording()), "wording", "say what the item asks, in a sentence");
        require(
                Double.isFinite(form.weight()) && form.weight() >= 0,
                "weight",
                "\"" + form.weight() + "\" is not a weight; use a number of 0 or more");
        Condition c = form.condition() == null ? Condition.portal() : form.condition();
        switch (c.kind()) {
            case CHANNELS -> {
                require(!c.channels().isEmpty(), "condition.channels", "choose at least one channel");
                c.channels()
                        .forEach(ch -> require(
                                Channel.parse(ch).isPresent(),
                                "condition.channels",
                                "\"" + ch + "\" is not a channel; expected " + Channel.expected()));
            }
            case ANY_OF, ALL_OF, AT_LEAST -> {
                require(!c.items().isEmpty(), "condition.items", "list the items whose answers count");
                c.items()
                        .forEach(i -> require(
                                CODE.matcher(i).matches(), "condition.items", "\"" + i + "\" is not an item code"));
                require(
                        c.kind() != Kind.AT_LEAST
                                || (c.atLeast() >= 1 && c.atLeast() <= c.items().size()),
                        "condition.atLeast",
                        c.atLeast() + " must be between 1 and the " + c.items().size() + " items listed");
            }
            default -> {}
        }
        c.limits().forEach(ItemDrl::validate);
    }

    private static void validate(Limit limit) {
        require(
                limit.attribute() != null && NAME.matcher(limit.attribute()).matches(),
                "condition.limits",
                "\"" + limit.attribute() + "\" is not an attribute name");
        require(
                OPERATORS.contains(limit.operator()),
                "condition.limits",
                "\"" + limit.operator() + "\" is not an operator; expected one of " + String.join(" ", OPERATORS));
        if (limit.attribute().equals("population")) {
            require(
                    limit.value() != null && limit.value().trim().matches("\\d+"),
                    "condition.limits",
                    "population \"" + limit.value() + "\" is not a whole number");
        } else {
            require(
                    limit.operator().equals("==") || limit.operator().equals("!="),
                    "condition.limits",
                    limit.attribute() + " is text: compare it with == or !=");
            require(limit.value() != null, "condition.limits", "give a value for " + limit.attribute());
        }
    }

    private static boolean onlyMetadataAndCondition(String ruleText) {
        String header = headerOf(ruleText);
        String withoutMetadata = header;
        Matcher annotation = METADATA.matcher(header);
        while (annotation.find()) {
            int end = closingParenthesis(header, annotation.end() - 1);
            if (end < 0) {
                return false;
            }
            withoutMetadata = withoutMetadata.replace(header.substring(annotation.start(), end + 1), "");
        }
        String afterName = withoutMetadata.replaceFirst("^\\s*rule\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|\\S+)", "");
        int then = ruleText.lastIndexOf("\nthen");
        int end = ruleText.lastIndexOf("\nend");
        String consequence = then >= 0 && end > then ? ruleText.substring(then + 5, end) : "x";
        return afterName.isBlank() && consequence.replaceAll("//[^\n]*", "").isBlank();
    }

    private static String headerOf(String ruleText) {
        int when = ruleText.indexOf("\nwhen");
        return when < 0 ? ruleText : ruleText.substring(0, when);
    }

    private static int closingParenthesis(String text, int open) {
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
        return -1;
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                i += ch == '\\' ? 1 : 0;
                quoted = ch != '"';
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                parts.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).trim());
        return parts.stream().filter(p -> !p.isEmpty()).toList();
    }

    private static List<String> list(String commaSeparated) {
        return java.util.Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static String quote(String text) {
        return '"'
                + text.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", " ")
                        .replace("\r", " ")
                + '"';
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%s", value);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void require(boolean holds, String field, String message) {
        if (!holds) {
            throw new FormException(field, message);
        }
    }

    /** The channels a form may choose, in their DRL words. */
    public static List<String> channelWords() {
        return java.util.Arrays.stream(Channel.values()).map(Channel::word).collect(Collectors.toList());
    }
}
