package org.losi.engine.compare;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionDiff;
import org.losi.engine.methodology.EditionDiff.Change;
import org.losi.engine.methodology.EditionDiff.Kind;
import org.losi.engine.methodology.Item;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ItemResult;

/** Finds the items behind one city's move from an earlier edition to a later one. */
final class Movements {
    private static final Set<Kind> ITEM_KINDS = EnumSet.range(Kind.ITEM_ADDED, Kind.ADVICE_CHANGED);

    private final Edition earlier;
    private final Edition later;
    private final ItemMapping mapping;
    private final List<Change> changes;

    Movements(Edition earlier, Edition later, ItemMapping mapping, List<Change> changes) {
        this.earlier = earlier;
        this.later = later;
        this.mapping = mapping;
        this.changes = changes;
    }

    /**
     * The moves of one city, later items first in their edition's order, then earlier items the later lacks; none
     * unless both editions scored the city, as there is then no item to compare with.
     */
    List<ItemMove> of(CityResult before, CityResult after) {
        if (before == null || after == null) {
            return List.of();
        }
        List<ItemMove> moves = new ArrayList<>();
        for (Crosswalk.Link link : mapping.links()) {
            ItemMove.Side now = ItemMove.Side.of(result(after, link.item()));
            ItemMove.Side was = link.earlier() == null ? null : ItemMove.Side.of(result(before, link.earlier()));
            if (moved(was, now)) {
                moves.add(move(link, was, now));
            }
        }
        for (Item item : earlier.items()) {
            ItemMove.Side was = ItemMove.Side.of(result(before, item.code()));
            if (!mapping.claims(item.code()) && was != null && was.scored()) {
                String reason = mapping.dropped().contains(item.code()) ? "item dropped" : "item removed";
                moves.add(
                        new ItemMove(item.code(), null, item.criterion(), was, null, reason, itemChanges(item.code())));
            }
        }
        return moves;
    }

    /** Changes not about one item that can still move a city. */
    List<Change> editionChanges() {
        return changes.stream()
                .filter(c -> c.kind().affectsScores())
                .filter(c -> !ITEM_KINDS.contains(c.kind()))
                .toList();
    }

    private static boolean moved(ItemMove.Side was, ItemMove.Side now) {
        if (was == null) {
            return now.scored();
        }
        boolean reweighed = was.scored() && now.scored() && was.weight() != now.weight();
        return was.differsFrom(now) || reweighed;
    }

    private ItemMove move(Crosswalk.Link link, ItemMove.Side was, ItemMove.Side now) {
        String criterion = later.item(link.item()).map(Item::criterion).orElse(null);
        boolean sameCode = link.item().equals(link.earlier());
        List<Change> itemChanges = sameCode ? itemChanges(link.item()) : List.of();
        String earlierCode = sameCode ? null : link.earlier();
        if (was == null) {
            return new ItemMove(link.item(), null, criterion, null, now, "item added", itemChanges(link.item()));
        }
        return new ItemMove(
                link.item(), earlierCode, criterion, was, now, reason(link, was, now, itemChanges), itemChanges);
    }

    private static String reason(Crosswalk.Link link, ItemMove.Side was, ItemMove.Side now, List<Change> changes) {
        List<String> parts = new ArrayList<>();
        if (!link.item().equals(link.earlier())) {
            parts.add(link.relation().word() + " from " + link.earlier());
        } else if (link.relation() != Crosswalk.Relation.SAME) {
            parts.add(link.relation().word());
        }
        changes.forEach(change -> parts.add(words(change)));
        if (changes.isEmpty() && was.differsFrom(now)) {
            parts.add(ItemMove.ANSWERS_READ_DIFFERENTLY);
        }
        return String.join("; ", parts);
    }

    private static String words(Change change) {
        return change.kind() == Kind.CONDITION_CHANGED
                ? change.kind().words()
                : change.kind().words() + " (" + change.before() + " -> " + change.after() + ")";
    }

    private List<Change> itemChanges(String code) {
        return EditionDiff.ofItem(changes, code).stream()
                .filter(c -> c.kind().affectsScores())
                .toList();
    }

    private static ItemResult result(CityResult city, String code) {
        return city.item(code).orElse(null);
    }
}
