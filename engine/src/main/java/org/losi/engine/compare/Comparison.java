package org.losi.engine.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.losi.engine.assessment.CityProfile;

/**
 * Every city under two ways of scoring, A and B, with the figures that sum up how far the ranking moved.
 *
 * @param a what A's figures come from, for example an edition id
 * @param cities every city either side saw, whether scored or not, in the order asked for
 */
public record Comparison(String a, String b, List<CityComparison> cities, Summary summary) {

    public Comparison {
        cities = List.copyOf(cities);
    }

    /**
     * Compares two sets of standings city by city.
     *
     * @param levels the level names in the order the transition matrix lists them
     */
    public static Comparison between(Standings a, Standings b, List<String> levels) {
        Map<String, CityProfile> profiles = new LinkedHashMap<>();
        Map<String, Standing> inA = byCity(a, profiles);
        Map<String, Standing> inB = byCity(b, profiles);
        List<CityComparison> cities = new ArrayList<>();
        for (CityProfile city : profiles.values()) {
            cities.add(CityComparison.of(city, inA.get(city.id()), inB.get(city.id())));
        }
        cities.sort(ComparisonOrder.RANK.comparator());
        return new Comparison(a.label(), b.label(), cities, Summary.of(cities, levels));
    }

    private static Map<String, Standing> byCity(Standings standings, Map<String, CityProfile> profiles) {
        Map<String, Standing> byCity = new LinkedHashMap<>();
        for (Standing standing : standings.ranked()) {
            byCity.put(standing.city().id(), standing);
            profiles.putIfAbsent(standing.city().id(), standing.city());
        }
        standings.notAssessed().forEach(city -> profiles.putIfAbsent(city.id(), city));
        return byCity;
    }

    /** The same comparison with its cities in another order. */
    public Comparison sorted(ComparisonOrder order) {
        List<CityComparison> sorted = new ArrayList<>(cities);
        sorted.sort(order.comparator());
        return new Comparison(a, b, sorted, summary);
    }

    public Optional<CityComparison> city(String id) {
        return cities.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
