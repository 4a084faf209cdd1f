package org.losi.engine.methodology;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two editions, in the terms authors and analysts use: items added, removed, reworded,
 * reweighted or with another condition; criteria, bands and policies changed.
 */
public final class EditionDiff {
    private EditionDiff() {}

    /** The kinds of change, from an item's point of view and the edition's. */
    public enum Kind {
        ITEM_ADDED("item added"),
        ITEM_REMOVED("item removed"),
        REWORDED("reworded"),
        REWEIGHTED("reweighted"),
        CONDITION_CHANGED("condition changed"),
        CRITERION_CHANGED("moved to another criterion"),
        NOT_APPLICABLE_POLICY_CHANGED("not-applicable policy changed"),
        ADVICE_CHANGED("advice changed"),
        CRITERION_ADDED("criterion added"),
        CRITERION_REMOVED("criterion removed"),
        CRITERION_RENAMED("criterion renamed"),
        CRITERION_REWEIGHTED("criterion reweighted"),
        BAND_ADDED("band added"),
        BAND_REMOVED("band removed"),
        BAND_MOVED("band moved"),
        POLICY_CHANGED("policy changed");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        @JsonValue
        public String words() {
            return words;
        }

        /** Whether a change of this kind can change a score. Rewording and advice cannot. */
        public boolean affectsScores() {
            return this != REWORDED && this != ADVICE_CHANGED && this != CRITERION_RENAMED;
        }
    }

    /**
     * One change.
     *
     * @param subject the item code, criterion code, band level or policy name the change is about
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(Kind kind, String subject, String before, String after) {
        @Override
        public String toString() {
            return subject + ": " + kind.words()
                    + (before == null && after == null
                            ? ""
                            : " (" + Objects.toString(before, "-") + " -> " + Objects.toString(after, "-") + ")");
        }
    }

    /** The changes from {@code before} to {@code after}, items first in the order of the later edition. */
    public static List<Change> between(Edition before, Edition after) {
        List<Change> changes = new ArrayList<>();
        items(before, after, changes);
        criteria(before, after, changes);
        bands(before, after, changes);
        policies(before, after, changes);
        return changes;
    }

    /** The changes that concern one item. */
    public static List<Change> ofItem(List<Change> changes, String code) {
        return changes.stream()
                .filter(c -> c.subject().equals(code) && isItemKind(c.kind()))
                .toList();
    }

    private static boolean isItemKind(Kind kind) {
        return kind.ordinal() <= Kind.ADVICE_CHANGED.ordinal();
    }

    private static void items(Edition before, Edition after, List<Change> changes) {
        Map<String, Item> old = byKey(before.items(), Item::code);
        Map<String, Item> now = byKey(after.items(), Item::code);
        for (Item item : after.items()) {
            Item was = old.get(item.code());
            if (was == null) {
                changes.add(new Change(Kind.ITEM_ADDED, item.code(), null, item.wording()));
                continue;
            }
            compare(changes, Kind.CRITERION_CHANGED, item.code(), was.criterion(), item.criterion());
            compare(changes, Kind.REWORDED, item.code(), was.wording(), item.wording());
            compare(changes, Kind.REWEIGHTED, item.code(), number(was.weight()), number(item.weight()));
            compare(changes, Kind.CONDITION_CHANGED, item.code(), squash(was.condition()), squash(item.condition()));
            compare(
                    changes,
                    Kind.NOT_APPLICABLE_POLICY_CHANGED,
                    item.code(),
                    was.notApplicable().word(),
                    item.notApplicable().word());
            compare(changes, Kind.ADVICE_CHANGED, item.code(), was.advice(), item.advice());
        }
        for (Item item : before.items()) {
            if (!now.containsKey(item.code())) {
                changes.add(new Change(Kind.ITEM_REMOVED, item.code(), item.wording(), null));
            }
        }
    }

    private static void criteria(Edition before, Edition after, List<Change> changes) {
        Map<String, Criterion> old = byKey(before.criteria(), Criterion::code);
        Map<String, Criterion> now = byKey(after.criteria(), Criterion::code);
        for (Criterion criterion : after.criteria()) {
            Criterion was = old.get(criterion.code());
            if (was == null) {
                changes.add(new Change(Kind.CRITERION_ADDED, criterion.code(), null, criterion.name()));
            } else {
                compare(changes, Kind.CRITERION_RENAMED, criterion.code(), was.name(), criterion.name());
                compare(
                        changes,
                        Kind.CRITERION_REWEIGHTED,
                        criterion.code(),
                        number(was.weight()),
                        number(criterion.weight()));
            }
        }
        old.keySet().stream()
                .filter(code -> !now.containsKey(code))
                .forEach(code -> changes.add(
                        new Change(Kind.CRITERION_REMOVED, code, old.get(code).name(), null)));
    }

    private static void bands(Edition before, Edition after, List<Change> changes) {
        Map<String, Band> old = byKey(before.bands(), Band::level);
        Map<String, Band> now = byKey(after.bands(), Band::level);
        for (Band band : after.bands()) {
            Band was = old.get(band.level());
            if (was == null) {
                changes.add(new Change(Kind.BAND_ADDED, band.level(), null, interval(band)));
            } else {
                compare(changes, Kind.BAND_MOVED, band.level(), interval(was), interval(band));
            }
        }
        old.keySet().stream()
                .filter(level -> !now.containsKey(level))
                .forEach(level -> changes.add(new Change(Kind.BAND_REMOVED, level, interval(old.get(level)), null)));
    }

    private static void policies(Edition before, Edition after, List<Change> changes) {
        compare(
                changes,
                Kind.POLICY_CHANGED,
                "aggregation",
                before.aggregation().word(),
                after.aggregation().word());
        compare(
                changes,
                Kind.POLICY_CHANGED,
                "notApplicable",
                before.notApplicable().word(),
                after.notApplicable().word());
        compare(
                changes,
                Kind.POLICY_CHANGED,
                "notAssessed",
                before.notAssessed().word(),
                after.notAssessed().word());
        compare(
                changes,
                Kind.POLICY_CHANGED,
                "disagreement",
                before.disagreement().word(),
                after.disagreement().word());
    }

    /** A band as an interval whose brackets say which cut-offs belong to it: {@code (0.5, 0.75]}. */
    public static String interval(Band band) {
        return (band.lowerInclusive() ? "[" : "(") + number(band.lower()) + ", " + number(band.upper())
                + (band.upperInclusive() ? "]" : ")");
    }

    private static void compare(List<Change> changes, Kind kind, String subject, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(kind, subject, before, after));
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e9
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    private static String squash(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").trim();
    }

    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        values.forEach(v -> map.putIfAbsent(key.apply(v), v));
        return map;
    }
}
