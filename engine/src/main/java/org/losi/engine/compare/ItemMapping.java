package org.losi.engine.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;

/**
 * Every item of a later edition linked to what it stands for in an earlier one, as its crosswalk says.
 *
 * @param links one per later item, in the later edition's item order
 * @param dropped earlier items the later edition declares it no longer has
 * @param unmatched earlier items no later item stands for and that are not declared dropped
 */
public record ItemMapping(
        String earlier, String later, List<Crosswalk.Link> links, List<String> dropped, List<String> unmatched) {

    public ItemMapping {
        links = List.copyOf(links);
        dropped = List.copyOf(dropped);
        unmatched = List.copyOf(unmatched);
    }

    static ItemMapping of(Edition earlier, Edition later, List<Crosswalk.Link> links, Set<String> dropped) {
        Set<String> claimed = new LinkedHashSet<>();
        links.stream().filter(l -> l.earlier() != null).forEach(l -> claimed.add(l.earlier()));
        List<String> unmatched = new ArrayList<>();
        for (Item item : earlier.items()) {
            if (!claimed.contains(item.code()) && !dropped.contains(item.code())) {
                unmatched.add(item.code());
            }
        }
        return new ItemMapping(earlier.id(), later.id(), links, List.copyOf(dropped), unmatched);
    }

    /** The link of one later item. */
    public Optional<Crosswalk.Link> link(String laterItem) {
        return links.stream().filter(l -> l.item().equals(laterItem)).findFirst();
    }

    /** Whether some later item stands for this earlier one. */
    public boolean claims(String earlierItem) {
        return links.stream().anyMatch(l -> earlierItem.equals(l.earlier()));
    }

    /** The earlier items that some later item stands for: the earlier side of a like-for-like comparison. */
    public Set<String> commonEarlier() {
        Set<String> common = new LinkedHashSet<>();
        links.stream().filter(l -> l.earlier() != null).forEach(l -> common.add(l.earlier()));
        return common;
    }

    /** The later items that stand for some earlier one: the later side of a like-for-like comparison. */
    public Set<String> commonLater() {
        Set<String> common = new LinkedHashSet<>();
        links.stream().filter(l -> l.earlier() != null).forEach(l -> common.add(l.item()));
        return common;
    }
}
