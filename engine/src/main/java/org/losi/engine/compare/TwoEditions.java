package org.losi.engine.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.losi.engine.methodology.Band;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.EditionDiff;
import org.losi.engine.methodology.EditionDiff.Change;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ScoreReport;

/**
 * The same assessments scored under an earlier edition A and a later edition B: the ranking compared city by city,
 * the comparison on common items only, and why a city moved.
 *
 * <p>B is the later edition: its crosswalk metadata, if any, maps its items to A's (see {@link Crosswalk}).
 */
public final class TwoEditions {
    private final Edition a;
    private final ScoreReport reportA;
    private final Edition b;
    private final ScoreReport reportB;
    private final List<Change> changes;

    private TwoEditions(Edition a, ScoreReport reportA, Edition b, ScoreReport reportB) {
        this.a = a;
        this.reportA = reportA;
        this.b = b;
        this.reportB = reportB;
        this.changes = EditionDiff.between(a, b);
    }

    /**
     * The two editions and their reports of the same assessments.
     *
     * @throws IllegalArgumentException if a report was not scored with its edition's rules
     */
    public static TwoEditions of(Edition a, ScoreReport reportA, Edition b, ScoreReport reportB) {
        Reports.requireScoredWith(a, reportA);
        Reports.requireScoredWith(b, reportB);
        return new TwoEditions(a, reportA, b, reportB);
    }

    /** What changed from A to B, item by item, then criteria, bands and policies. */
    public List<Change> changes() {
        return changes;
    }

    /** Every city's value, level and rank under each edition, and the figures that sum the moves up. */
    public Comparison compare() {
        return Comparison.between(Standings.of(reportA), Standings.of(reportB), levels());
    }

    /** B's items linked to A's by B's crosswalk, or by equal codes where B declares none. */
    public ItemMapping mapping() {
        return Crosswalk.of(b).against(a);
    }

    /** The comparison on the items the two editions have in common, as the crosswalk maps them. */
    public LikeForLike likeForLike() {
        ItemMapping mapping = mapping();
        List<String> itemsA = List.copyOf(mapping.commonEarlier());
        List<String> itemsB = List.copyOf(mapping.commonLater());
        Standings onA = restricted(OutcomeMatrix.of(a, reportA), itemsA);
        Standings onB = restricted(OutcomeMatrix.of(b, reportB), itemsB);
        return new LikeForLike(mapping, itemsA, itemsB, Comparison.between(onA, onB, levels()));
    }

    private static Standings restricted(OutcomeMatrix matrix, List<String> items) {
        boolean[] included = new boolean[matrix.items()];
        items.forEach(code -> included[matrix.itemIndex(code)] = true);
        Edition edition = matrix.edition();
        return matrix.standings(
                edition.id(), matrix.itemWeights(), matrix.criterionWeights(), edition.aggregation(), included);
    }

    /**
     * Why one city moved: the items whose outcome or counted weight differs between A and B, each with the change
     * behind it.
     *
     * @throws IllegalArgumentException if neither report has the city
     */
    public CityMovement why(String cityId) {
        Comparison comparison = compare();
        CityComparison city = comparison
                .city(cityId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no city \"" + cityId + "\" in the assessments;" + " cities: " + sample(comparison)));
        Movements movements = new Movements(a, b, mapping(), changes);
        List<ItemMove> items = movements.of(result(reportA, cityId), result(reportB, cityId));
        return new CityMovement(city, items, movements.editionChanges());
    }

    private static CityResult result(ScoreReport report, String cityId) {
        return report.city(cityId).orElse(null);
    }

    private static String sample(Comparison comparison) {
        List<String> ids =
                comparison.cities().stream().map(CityComparison::id).sorted().toList();
        return ids.size() <= 10
                ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, 10)) + " and " + (ids.size() - 10) + " more";
    }

    /** A's levels in declaration order, then any B alone has. */
    private List<String> levels() {
        Set<String> levels = new LinkedHashSet<>();
        Stream.concat(a.bands().stream(), b.bands().stream()).map(Band::level).forEach(levels::add);
        return new ArrayList<>(levels);
    }
}
