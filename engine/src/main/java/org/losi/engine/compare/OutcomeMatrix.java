package org.losi.engine.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.losi.engine.assessment.CityProfile;
import org.losi.engine.methodology.Aggregation;
import org.losi.engine.methodology.Criterion;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ItemResult;
import org.losi.engine.scoring.Outcome;
import org.losi.engine.scoring.ScoreReport;

/**
 * A score report's item outcomes held per city and item on primitive arrays, so that values can be computed again
 * under other weights or another aggregation without running the rules: outcomes do not depend on weights.
 *
 * <p>Values are computed exactly as {@link org.losi.engine.scoring.Scorer} aggregates them, so the edition's own
 * weights give the report's values. Immutable; each thread takes its own {@link Evaluator}.
 */
public final class OutcomeMatrix {
    private final Edition edition;
    private final Levels levels;
    private final List<CityResult> cities;
    private final List<CityProfile> notAssessed;
    private final List<String> items;
    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final int[] criterionOf;
    private final double[] itemWeights;
    private final double[] criterionWeights;
    private final int[][] scoredItems;
    private final boolean[][] metFlags;
    private final Outcome[][] outcomes;

    private OutcomeMatrix(Edition edition, ScoreReport report) {
        this.edition = edition;
        this.levels = Levels.of(edition);
        this.cities = report.cities();
        this.notAssessed =
                report.notAssessed().stream().map(ScoreReport.NotAssessed::city).toList();
        this.items = edition.items().stream().map(Item::code).toList();
        this.criterionOf = new int[items.size()];
        this.itemWeights = new double[items.size()];
        this.criterionWeights =
                edition.criteria().stream().mapToDouble(Criterion::weight).toArray();
        List<String> criteria = edition.criteria().stream().map(Criterion::code).toList();
        for (int i = 0; i < items.size(); i++) {
            Item item = edition.items().get(i);
            itemIndex.put(item.code(), i);
            criterionOf[i] = criteria.indexOf(item.criterion());
            itemWeights[i] = item.weight();
        }
        this.scoredItems = new int[cities.size()][];
        this.metFlags = new boolean[cities.size()][];
        this.outcomes = new Outcome[cities.size()][items.size()];
        for (int c = 0; c < cities.size(); c++) {
            read(c, cities.get(c));
        }
    }

    /**
     * The outcomes of a report scored under the given edition.
     *
     * @throws IllegalArgumentException if the report was scored with other rules than the edition's
     */
    public static OutcomeMatrix of(Edition edition, ScoreReport report) {
        Reports.requireScoredWith(edition, report);
        return new OutcomeMatrix(edition, report);
    }

    private void read(int c, CityResult city) {
        List<Integer> scored = new ArrayList<>();
        for (ItemResult result : city.items()) {
            int i = itemIndex.get(result.code());
            outcomes[c][i] = result.outcome();
            if (result.scored()) {
                scored.add(i);
            }
        }
        scoredItems[c] = scored.stream().mapToInt(Integer::intValue).toArray();
        metFlags[c] = new boolean[scoredItems[c].length];
        for (int k = 0; k < scoredItems[c].length; k++) {
            metFlags[c][k] = outcomes[c][scoredItems[c][k]] == Outcome.MET;
        }
    }

    public Edition edition() {
        return edition;
    }

    public Levels levels() {
        return levels;
    }

    /** How many ranked cities the report has; cities are numbered in the report's order. */
    public int cities() {
        return cities.size();
    }

    public CityResult city(int c) {
        return cities.get(c);
    }

    public List<CityProfile> profiles() {
        return cities.stream().map(CityResult::city).toList();
    }

    /** The cities the report could not score. */
    public List<CityProfile> notAssessed() {
        return notAssessed;
    }

    public int items() {
        return items.size();
    }

    public String item(int i) {
        return items.get(i);
    }

    /** The item's position in the edition, or -1 if the edition has no such item. */
    public int itemIndex(String code) {
        return itemIndex.getOrDefault(code, -1);
    }

    public int criteria() {
        return criterionWeights.length;
    }

    /** The position, in the edition's criteria, of the item's criterion. */
    public int criterionOf(int item) {
        return criterionOf[item];
    }

    /** The edition's item weights, a copy to change. */
    public double[] itemWeights() {
        return itemWeights.clone();
    }

    /** The edition's criterion weights, a copy to change. */
    public double[] criterionWeights() {
        return criterionWeights.clone();
    }

    public Outcome outcome(int city, int item) {
        return outcomes[city][item];
    }

    /** Whether the item counts in the city's denominator. */
    public boolean scored(int city, int item) {
        for (int scored : scoredItems[city]) {
            if (scored == item) {
                return true;
            }
        }
        return false;
    }

    /** Whether the city has a scored item among those included. */
    public boolean scoresAny(int city, boolean[] included) {
        for (int item : scoredItems[city]) {
            if (included[item]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cities ranked under other weights, over the included items only; cities with no scored item among them
     * are listed as not assessed, after those the report could not score.
     */
    public Standings standings(
            String label,
            double[] itemWeights,
            double[] criterionWeights,
            Aggregation aggregation,
            boolean[] included) {
        double[] weights = itemWeights.clone();
        boolean[] assessed = new boolean[cities()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = included[i] ? weights[i] : 0;
        }
        double[] values = new double[cities()];
        evaluator().values(weights, criterionWeights, aggregation, values);
        for (int c = 0; c < cities(); c++) {
            assessed[c] = scoresAny(c, included);
        }
        Standings ranked = Standings.rank(label, levels, profiles(), values, assessed);
        List<CityProfile> unscored = new ArrayList<>(ranked.notAssessed());
        unscored.addAll(notAssessed);
        unscored.sort(Comparator.comparing(CityProfile::id));
        return new Standings(label, ranked.ranked(), unscored);
    }

    /** Every item included: the mask {@link #standings} takes. */
    public boolean[] allItems() {
        boolean[] all = new boolean[items()];
        Arrays.fill(all, true);
        return all;
    }

    public Evaluator evaluator() {
        return new Evaluator();
    }

    /** Computes values with scratch space of its own: one per thread, reused across calls without allocating. */
    public final class Evaluator {
        private final double[] met = new double[criterionWeights.length];
        private final double[] scored = new double[criterionWeights.length];

        private Evaluator() {}

        /** Every city's value under the given weights, into {@code values}. */
        public void values(double[] itemWeights, double[] criterionWeights, Aggregation aggregation, double[] values) {
            for (int c = 0; c < scoredItems.length; c++) {
                values[c] = value(c, itemWeights, criterionWeights, aggregation);
            }
        }

        /** One city's value, as the scorer aggregates it. */
        public double value(int city, double[] itemWeights, double[] criterionWeights, Aggregation aggregation) {
            return value(city, itemWeights, criterionWeights, aggregation, null);
        }

        /**
         * One city's value with some missed items counted as met, for "what would lift it" questions.
         *
         * @param alsoMet per item, whether to count it as met; null for none
         */
        public double value(
                int city, double[] itemWeights, double[] criterionWeights, Aggregation aggregation, boolean[] alsoMet) {
            return aggregation == Aggregation.MEAN_OF_CRITERIA
                    ? meanOfCriteria(city, itemWeights, criterionWeights, alsoMet)
                    : shareOfItems(city, itemWeights, alsoMet);
        }

        private double shareOfItems(int city, double[] weights, boolean[] alsoMet) {
            int[] scoredOnes = scoredItems[city];
            boolean[] metOnes = metFlags[city];
            double metWeight = 0;
            double scoredWeight = 0;
            for (int k = 0; k < scoredOnes.length; k++) {
                double weight = weights[scoredOnes[k]];
                boolean met = metOnes[k] || alsoMet != null && alsoMet[scoredOnes[k]];
                metWeight += met ? weight : 0;
                scoredWeight += weight;
            }
            return scoredWeight > 0 ? metWeight / scoredWeight : 0;
        }

        private double meanOfCriteria(int city, double[] weights, double[] criterionWeights, boolean[] alsoMet) {
            Arrays.fill(met, 0);
            Arrays.fill(scored, 0);
            int[] scoredOnes = scoredItems[city];
            boolean[] metOnes = metFlags[city];
            for (int k = 0; k < scoredOnes.length; k++) {
                int item = scoredOnes[k];
                boolean isMet = metOnes[k] || alsoMet != null && alsoMet[item];
                met[criterionOf[item]] += isMet ? weights[item] : 0;
                scored[criterionOf[item]] += weights[item];
            }
            double weighted = 0;
            double total = 0;
            for (int criterion = 0; criterion < met.length; criterion++) {
                if (scored[criterion] > 0) {
                    weighted += criterionWeights[criterion] * (met[criterion] / scored[criterion]);
                    total += criterionWeights[criterion];
                }
            }
            return total > 0 ? weighted / total : 0;
        }
    }
}
