package org.losi.engine.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.losi.engine.methodology.EditionDiff.Change;
import org.losi.engine.scoring.ItemResult;
import org.losi.engine.scoring.Outcome;

/**
 * One item that moved a city between two editions, and the edition change behind it.
 *
 * @param item the later edition's item code, or the earlier one's for an item the later edition lacks
 * @param earlier the earlier item it stands for, when its code differs
 * @param before the item under the earlier edition, null if that edition has no counterpart
 * @param after the item under the later edition, null if it no longer has it
 * @param reason in words: the edition changes to the item, or "answers read differently" when its rule is unchanged
 * @param changes the item's changes that can change a score, as {@link org.losi.engine.methodology.EditionDiff}
 *     lists them
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ItemMove(
        String item, String earlier, String criterion, Side before, Side after, String reason, List<Change> changes) {

    /** The words used when an item's rule is unchanged and yet its outcome is not. */
    public static final String ANSWERS_READ_DIFFERENTLY = "answers read differently";

    public ItemMove {
        changes = List.copyOf(changes);
    }

    /** An item's outcome for the city under one edition, and the weight it counted with. */
    public record Side(Outcome outcome, boolean scored, double weight) {
        static Side of(ItemResult result) {
            return result == null ? null : new Side(result.outcome(), result.scored(), result.weight());
        }

        boolean differsFrom(Side other) {
            return outcome != other.outcome || scored != other.scored;
        }
    }
}
