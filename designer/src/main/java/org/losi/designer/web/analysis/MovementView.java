package org.losi.designer.web.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.compare.CityComparison;
import org.losi.engine.compare.CityMovement;
import org.losi.engine.compare.ItemMove;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;

/**
 * Why one city moved from edition A to edition B: its standing under each, the items whose outcome or counted weight
 * differs with the rule change behind each, and the changes that move every city.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record MovementView(
        EditionRef a,
        EditionRef b,
        String sample,
        CityComparison city,
        List<MovedItem> items,
        List<ChangeView> editionChanges) {

    static MovementView of(EditionPair pair, CityMovement movement) {
        Edition a = pair.a().edition();
        Edition b = pair.b().edition();
        return new MovementView(
                pair.refA(),
                pair.refB(),
                pair.sample(),
                movement.city(),
                movement.items().stream().map(m -> MovedItem.of(m, a, b)).toList(),
                ChangeView.of(movement.editionChanges()));
    }

    /**
     * One item that moved the city.
     *
     * @param wording the item's wording under B, or under A for an item B no longer has
     * @param before the item under A, null if A has no counterpart
     * @param after the item under B, null if B no longer has it
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MovedItem(
            String item,
            String earlier,
            String criterion,
            String wording,
            ItemMove.Side before,
            ItemMove.Side after,
            String reason,
            List<ChangeView> changes) {

        static MovedItem of(ItemMove move, Edition a, Edition b) {
            String wording = b.item(move.item())
                    .or(() -> a.item(move.earlier() == null ? move.item() : move.earlier()))
                    .map(Item::wording)
                    .orElse(null);
            return new MovedItem(
                    move.item(),
                    move.earlier(),
                    move.criterion(),
                    wording,
                    move.before(),
                    move.after(),
                    move.reason(),
                    ChangeView.of(move.changes()));
        }
    }
}
