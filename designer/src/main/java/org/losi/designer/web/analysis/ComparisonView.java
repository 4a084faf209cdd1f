package org.losi.designer.web.analysis;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.losi.engine.compare.CityComparison;
import org.losi.engine.compare.Comparison;
import org.losi.engine.compare.ComparisonOrder;
import org.losi.engine.compare.LikeForLike;
import org.losi.engine.compare.Summary;

/**
 * A sample's cities under two editions: per city its value, level and rank under each, the summary figures with the
 * level transitions, and what changed from A to B.
 *
 * @param likeForLike the items each side counted, when the comparison is on common items only
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ComparisonView(
        EditionRef a,
        EditionRef b,
        String sample,
        String sort,
        CommonItems likeForLike,
        List<CityComparison> cities,
        Summary summary,
        List<ChangeView> changes) {

    static ComparisonView of(EditionPair pair, Comparison comparison, LikeForLike common, ComparisonOrder order) {
        return new ComparisonView(
                pair.refA(),
                pair.refB(),
                pair.sample(),
                order.name().toLowerCase(Locale.ROOT),
                common == null ? null : CommonItems.of(common),
                comparison.cities(),
                comparison.summary(),
                ChangeView.of(pair.editions().changes()));
    }

    /**
     * The items a like-for-like comparison counted, as B's crosswalk maps them.
     *
     * @param dropped A's items that B declares it no longer has
     * @param unmatched A's items no item of B stands for and that B does not declare dropped
     */
    record CommonItems(List<String> itemsA, List<String> itemsB, List<String> dropped, List<String> unmatched) {
        static CommonItems of(LikeForLike common) {
            return new CommonItems(
                    common.itemsA(),
                    common.itemsB(),
                    common.mapping().dropped(),
                    common.mapping().unmatched());
        }
    }
}
