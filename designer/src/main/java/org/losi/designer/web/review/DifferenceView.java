package org.losi.designer.web.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import org.losi.engine.methodology.Declared;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;
import org.losi.engine.regression.Difference;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ItemResult;
import org.losi.engine.scoring.Outcome;

/**
 * One way a case scored otherwise than expected: the engine's difference, and for an item or an item's weight, the
 * item as the edition scored it for this case.
 *
 * @param item for {@code item <code>} and {@code weight <code>} fields, the item's outcome and what decided it; null
 *     for other fields or an item the edition does not have
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DifferenceView(String field, String expected, String actual, String note, ItemDetail item) {
    /** The fields of {@link Difference} that name an item, each followed by the item's code. */
    private static final List<String> ITEM_FIELDS = List.of("item ", "weight ");

    static DifferenceView of(Difference difference, Optional<CityResult> city, Edition edition) {
        ItemDetail item = itemCode(difference.field())
                .flatMap(code -> city.flatMap(c -> c.item(code)))
                .map(result -> ItemDetail.of(result, edition))
                .orElse(null);
        return new DifferenceView(
                difference.field(), difference.expected(), difference.actual(), difference.note(), item);
    }

    private static Optional<String> itemCode(String field) {
        return ITEM_FIELDS.stream()
                .filter(field::startsWith)
                .map(prefix -> field.substring(prefix.length()))
                .findFirst();
    }

    /**
     * An item's outcome for one case under the edition, and the rule that decided it with its place.
     *
     * @param policy for not-applicable and not-assessed items, the policy applied
     * @param file the rule file declaring the item, relative to the edition's folder
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemDetail(
            String code,
            String criterion,
            String wording,
            Outcome outcome,
            boolean scored,
            double weight,
            String rule,
            String policy,
            String file,
            Integer line) {

        static ItemDetail of(ItemResult result, Edition edition) {
            Optional<Item> item = edition.item(result.code());
            Optional<Declared> declared = item.map(Item::declared);
            return new ItemDetail(
                    result.code(),
                    result.criterion(),
                    item.map(Item::wording).orElse(null),
                    result.outcome(),
                    result.scored(),
                    result.weight(),
                    result.rule(),
                    result.policy(),
                    declared.map(Declared::file).orElse(null),
                    declared.map(Declared::line).orElse(null));
        }
    }
}
