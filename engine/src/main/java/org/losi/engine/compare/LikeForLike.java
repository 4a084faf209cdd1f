package org.losi.engine.compare;

import java.util.List;

/**
 * Two editions compared on their common items only: each edition's value computed again over the items the later
 * edition's crosswalk maps, with each edition's own weights, aggregation and bands.
 *
 * @param itemsA the earlier edition's items counted
 * @param itemsB the later edition's items counted; the parts of a split item all count
 */
public record LikeForLike(ItemMapping mapping, List<String> itemsA, List<String> itemsB, Comparison comparison) {

    public LikeForLike {
        itemsA = List.copyOf(itemsA);
        itemsB = List.copyOf(itemsB);
    }
}
