package org.losi.engine.compare;

import java.util.List;
import org.losi.engine.methodology.EditionDiff.Change;

/**
 * Why one city moved between two editions.
 *
 * @param city its figures under each edition
 * @param items the items whose outcome or counted weight differs, each with the edition change behind it; empty when
 *     only one edition scored the city, whose presence {@code city} gives
 * @param editionChanges the changes that are not about one item but can move every city: criterion weights, bands
 *     and policies
 */
public record CityMovement(CityComparison city, List<ItemMove> items, List<Change> editionChanges) {

    public CityMovement {
        items = List.copyOf(items);
        editionChanges = List.copyOf(editionChanges);
    }
}
