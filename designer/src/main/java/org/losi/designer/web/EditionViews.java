package org.losi.designer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.losi.engine.methodology.Band;
import org.losi.engine.methodology.Criterion;
import org.losi.engine.methodology.Declared;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;
import org.losi.engine.rules.Problem;

/** What the API says about editions: a line per edition in the list, everything an author reads on one edition. */
final class EditionViews {
    private EditionViews() {}

    /**
     * One edition in the list; a broken one has {@code compiles: false}, its problems and no figures.
     *
     * @param items the number of items, null when the edition does not compile
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Summary(
            String id,
            String title,
            String status,
            String basedOn,
            boolean compiles,
            Integer items,
            Integer criteria,
            String hash,
            List<Problem> problems) {

        static Summary of(Edition edition) {
            return new Summary(
                    edition.id(),
                    edition.title(),
                    edition.status(),
                    edition.basedOn(),
                    true,
                    edition.items().size(),
                    edition.criteria().size(),
                    edition.hash(),
                    List.of());
        }

        static Summary broken(String id, List<Problem> problems) {
            return new Summary(id, id, null, null, false, null, null, null, problems);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Detail(
            String id,
            String title,
            String status,
            String basedOn,
            String hash,
            Policies policies,
            List<CriterionView> criteria,
            List<BandView> bands,
            List<ItemView> items) {

        static Detail of(Edition edition) {
            return new Detail(
                    edition.id(),
                    edition.title(),
                    edition.status(),
                    edition.basedOn(),
                    edition.hash(),
                    Policies.of(edition),
                    edition.criteria().stream()
                            .map(c -> CriterionView.of(c, edition))
                            .toList(),
                    edition.bands().stream().map(BandView::of).toList(),
                    edition.items().stream().map(ItemView::of).toList());
        }
    }

    /** The edition-wide policies, in the words the rules use. */
    record Policies(String aggregation, String notApplicable, String notAssessed, String disagreement) {
        static Policies of(Edition edition) {
            return new Policies(
                    edition.aggregation().word(),
                    edition.notApplicable().word(),
                    edition.notAssessed().word(),
                    edition.disagreement().word());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CriterionView(String code, String name, double weight, String osi, int items, Declared declared) {
        static CriterionView of(Criterion criterion, Edition edition) {
            int items = (int) edition.items().stream()
                    .filter(i -> i.criterion().equals(criterion.code()))
                    .count();
            return new CriterionView(
                    criterion.code(),
                    criterion.name(),
                    criterion.weight(),
                    criterion.osi(),
                    items,
                    criterion.declared());
        }
    }

    /**
     * A level band with the side of each cut-off that belongs to it.
     *
     * @param range the band in one line, for example {@code 0.5 < value ≤ 0.75}
     */
    record BandView(
            String level,
            double lower,
            boolean lowerInclusive,
            double upper,
            boolean upperInclusive,
            String range,
            Declared declared) {

        static BandView of(Band band) {
            String range = plain(band.lower()) + (band.lowerInclusive() ? " ≤ " : " < ") + "value"
                    + (band.upperInclusive() ? " ≤ " : " < ") + plain(band.upper());
            return new BandView(
                    band.level(),
                    band.lower(),
                    band.lowerInclusive(),
                    band.upper(),
                    band.upperInclusive(),
                    range,
                    band.declared());
        }

        private static String plain(double cutOff) {
            return Double.isFinite(cutOff)
                    ? BigDecimal.valueOf(cutOff).stripTrailingZeros().toPlainString()
                    : "?";
        }
    }

    /** An item with its metadata and the condition of its rule as written. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemView(
            String code,
            String criterion,
            String wording,
            double weight,
            String advice,
            String osi,
            String notApplicable,
            String condition,
            List<String> reads,
            Declared declared) {

        static ItemView of(Item item) {
            return new ItemView(
                    item.code(),
                    item.criterion(),
                    item.wording(),
                    item.weight(),
                    item.advice(),
                    item.osi(),
                    item.notApplicable().word(),
                    item.condition(),
                    List.copyOf(item.reads()),
                    item.declared());
        }
    }
}
