package org.losi.engine.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.losi.engine.methodology.Declared;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;

/**
 * How a later edition's items stand for an earlier edition's, as the later edition declares in rule metadata.
 *
 * <p>Each item rule may say what it was: {@code @crosswalk("same:281")} (the same item, perhaps under another
 * code), {@code @crosswalk("reworded:216")} (the earlier item reworded), {@code @crosswalk("split:225")} (one part
 * of an earlier item split into several) or {@code @crosswalk("new")}. Any one rule, usually the edition
 * declaration, may list the earlier items the edition no longer has: {@code @dropped("219, 289")}. An item with no
 * {@code @crosswalk} is the earlier item of the same code, or new when the earlier edition has no such code.
 */
public final class Crosswalk {
    static final String ITEM_KEY = "crosswalk";
    static final String DROPPED_KEY = "dropped";

    /** What a later item is to an earlier one. */
    public enum Relation {
        SAME("same"),
        REWORDED("reworded"),
        SPLIT("split"),
        NEW("new");

        private final String word;

        Relation(String word) {
            this.word = word;
        }

        @JsonValue
        public String word() {
            return word;
        }

        static Optional<Relation> parse(String text) {
            return Arrays.stream(values()).filter(r -> r.word.equals(text)).findFirst();
        }
    }

    /**
     * One later item and the earlier item it stands for.
     *
     * @param earlier the earlier item's code, null for a new item
     * @param declared whether the later edition wrote it, rather than it being read from equal codes
     */
    public record Link(String item, Relation relation, String earlier, boolean declared) {
        @Override
        public String toString() {
            return item + " " + relation.word() + (earlier == null ? "" : " " + earlier);
        }
    }

    private final Edition later;
    private final Map<String, Link> declared;
    private final Set<String> dropped;
    private final Declared droppedAt;

    private Crosswalk(Edition later, Map<String, Link> declared, Set<String> dropped, Declared droppedAt) {
        this.later = later;
        this.declared = declared;
        this.dropped = dropped;
        this.droppedAt = droppedAt;
    }

    /**
     * Reads the crosswalk a later edition declares in its rules' metadata.
     *
     * @throws IllegalArgumentException naming the rule, file and line of a value that is not a crosswalk
     */
    public static Crosswalk of(Edition later) {
        Map<String, Item> items = later.itemsByRule();
        Map<String, Link> declared = new LinkedHashMap<>();
        Set<String> dropped = new LinkedHashSet<>();
        Declared droppedAt = null;
        List<String> problems = new ArrayList<>();
        for (Rule rule : rules(later)) {
            Object link = rule.getMetaData().get(ITEM_KEY);
            if (link != null) {
                Item item = items.get(rule.getName());
                if (item == null) {
                    problems.add(at(later, rule.getName()) + ": @crosswalk is for item rules; this rule has no @code");
                } else {
                    parse(String.valueOf(link), item, problems).ifPresent(l -> declared.put(item.code(), l));
                }
            }
            Object codes = rule.getMetaData().get(DROPPED_KEY);
            if (codes != null) {
                dropped.addAll(codes(String.valueOf(codes)));
                droppedAt = droppedAt != null ? droppedAt : new Declared(rule.getName(), null, 0);
            }
        }
        failOn(later, problems);
        return new Crosswalk(later, declared, dropped, droppedAt);
    }

    private static List<Rule> rules(Edition edition) {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage pkg : edition.kieBase().getKiePackages()) {
            rules.addAll(pkg.getRules());
        }
        rules.sort(Comparator.comparing(Rule::getName));
        return rules;
    }

    private static Optional<Link> parse(String value, Item item, List<String> problems) {
        String[] parts = value.split(":", 2);
        Optional<Relation> relation = Relation.parse(parts[0].trim());
        String earlier = parts.length > 1 ? parts[1].trim() : null;
        String where = "item " + item.code() + " " + at(item.declared());
        if (relation.isEmpty()) {
            problems.add(where + ": @crosswalk(\"" + value + "\") is not a crosswalk; expected same:<code>,"
                    + " reworded:<code>, split:<code> or new");
            return Optional.empty();
        }
        if (relation.get() == Relation.NEW && earlier != null) {
            problems.add(where + ": @crosswalk(\"" + value + "\") names an earlier item; a new item has none");
            return Optional.empty();
        }
        if (relation.get() != Relation.NEW && (earlier == null || earlier.isEmpty())) {
            problems.add(where + ": @crosswalk(\"" + value + "\") names no earlier item; expected "
                    + relation.get().word() + ":<code>");
            return Optional.empty();
        }
        return Optional.of(new Link(item.code(), relation.get(), earlier, true));
    }

    private static List<String> codes(String list) {
        return Arrays.stream(list.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** Whether the edition declares any crosswalk metadata at all. */
    public boolean declared() {
        return !declared.isEmpty() || !dropped.isEmpty();
    }

    /** The links the edition declares, by later item code, in the order of its rules' names. */
    public Map<String, Link> links() {
        return Collections.unmodifiableMap(declared);
    }

    /** The earlier items the edition declares it no longer has, in the order written. */
    public Set<String> dropped() {
        return Collections.unmodifiableSet(dropped);
    }

    /**
     * Every later item linked to the earlier edition's items, declared links checked against it.
     *
     * @throws IllegalArgumentException naming each link to a code the earlier edition lacks, and each earlier item
     *     claimed by more than one later item without being split
     */
    public ItemMapping against(Edition earlier) {
        List<Link> links = new ArrayList<>();
        for (Item item : later.items()) {
            links.add(declared.getOrDefault(item.code(), implicit(item.code(), earlier)));
        }
        List<String> problems = new ArrayList<>();
        links.stream()
                .filter(l -> l.earlier() != null && earlier.item(l.earlier()).isEmpty())
                .forEach(l -> problems.add("item " + l.item() + " "
                        + at(later.item(l.item()).orElseThrow().declared()) + ": @crosswalk names " + l.earlier()
                        + ", which edition " + earlier.id() + " does not have"));
        checkClaims(links, earlier, problems);
        checkDropped(links, earlier, problems);
        failOn(later, problems);
        return ItemMapping.of(earlier, later, links, dropped);
    }

    private static Link implicit(String code, Edition earlier) {
        return earlier.item(code).isPresent()
                ? new Link(code, Relation.SAME, code, false)
                : new Link(code, Relation.NEW, null, false);
    }

    private void checkClaims(List<Link> links, Edition earlier, List<String> problems) {
        Map<String, List<Link>> byEarlier = new LinkedHashMap<>();
        links.stream()
                .filter(l -> l.earlier() != null)
                .forEach(l -> byEarlier
                        .computeIfAbsent(l.earlier(), k -> new ArrayList<>())
                        .add(l));
        byEarlier.forEach((code, claims) -> {
            boolean allSplit = claims.stream().allMatch(l -> l.relation() == Relation.SPLIT);
            if (claims.size() > 1 && !allSplit) {
                problems.add("items " + claims.stream().map(Link::item).toList() + " all stand for item " + code
                        + " of edition " + earlier.id() + " (" + claims + "); only the parts of a split item may"
                        + " share one: declare each @crosswalk(\"split:" + code + "\")");
            }
        });
    }

    private void checkDropped(List<Link> links, Edition earlier, List<String> problems) {
        for (String code : dropped) {
            String where = "rule \"" + droppedAt.rule() + "\" " + at(locate(later, droppedAt.rule()));
            if (earlier.item(code).isEmpty()) {
                problems.add(where + ": @dropped names " + code + ", which edition " + earlier.id() + " does not have");
            }
            links.stream()
                    .filter(l -> code.equals(l.earlier()))
                    .forEach(l -> problems.add(where + ": @dropped names " + code + ", but item " + l.item()
                            + " stands for it (" + l + ")"));
        }
    }

    private static void failOn(Edition later, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "edition " + later.id() + " has an unusable crosswalk:\n  " + String.join("\n  ", problems));
        }
    }

    private static String at(Edition edition, String rule) {
        return "rule \"" + rule + "\" " + at(locate(edition, rule));
    }

    private static Declared locate(Edition edition, String rule) {
        return edition.source()
                .locate(rule)
                .map(found -> new Declared(
                        rule, found.getKey().name(), found.getValue().line()))
                .orElse(new Declared(rule, null, 0));
    }

    private static String at(Declared declared) {
        return declared.file() == null ? "" : "(" + declared.file() + ":" + declared.line() + ")";
    }
}
