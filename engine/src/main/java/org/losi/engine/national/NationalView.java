package org.losi.engine.national;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.methodology.Edition;
import org.losi.engine.methodology.Item;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ItemResult;
import org.losi.engine.scoring.ScoreReport;

/**
 * A country's cities beside its national figures. Each item's {@code @osi} metadata names the national Online
 * Service Index sub-index it mirrors; a city's share of the items mapped to a sub-index stands beside the national
 * value of that sub-index, when the assessments give national figures under the same names.
 *
 * <p>The national index is relative (countries are normalised against each other) and the local shares are not, so
 * the two are read side by side, not subtracted.
 */
public final class NationalView {
    private NationalView() {}

    /**
     * @param subIndices the OSI sub-indices the edition's items map to, in the order items name them
     * @param countries per country, its national figures and its cities' shares per sub-index
     */
    public record View(String edition, List<String> subIndices, List<Country> countries) {}

    /**
     * @param national the national figures as the assessments give them, by name; empty when none were given
     * @param mean the cities' mean value and mean share per sub-index
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Country(String country, Map<String, Double> national, Local mean, List<Local> cities) {}

    /** One city's value and its share of the items mapped to each sub-index (null when none was scored). */
    public record Local(String cityId, String name, Double value, String level, Map<String, Double> shares) {}

    public static View of(Edition edition, ScoreReport report, AssessmentSet assessments) {
        Map<String, String> subIndexOf = new LinkedHashMap<>();
        Set<String> subIndices = new LinkedHashSet<>();
        for (Item item : edition.items()) {
            if (item.osi() != null && !item.osi().isBlank()) {
                subIndexOf.put(item.code(), item.osi());
                subIndices.add(item.osi());
            }
        }
        Map<String, List<Local>> byCountry = new TreeMap<>();
        for (CityResult city : report.cities()) {
            String country = Objects.requireNonNullElse(city.city().country(), "");
            byCountry.computeIfAbsent(country, k -> new ArrayList<>()).add(local(city, subIndexOf, subIndices));
        }
        List<Country> countries = new ArrayList<>();
        byCountry.forEach((country, cities) -> countries.add(new Country(
                country, assessments.national().getOrDefault(country, Map.of()), mean(cities, subIndices), cities)));
        return new View(edition.id(), List.copyOf(subIndices), countries);
    }

    private static Local local(CityResult city, Map<String, String> subIndexOf, Set<String> subIndices) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        subIndices.forEach(s -> sums.put(s, new double[2]));
        for (ItemResult item : city.items()) {
            String subIndex = subIndexOf.get(item.code());
            if (subIndex != null && item.scored()) {
                double[] sum = sums.get(subIndex);
                sum[0] += item.met() ? item.weight() : 0;
                sum[1] += item.weight();
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        sums.forEach((s, sum) -> shares.put(s, sum[1] > 0 ? sum[0] / sum[1] : null));
        return new Local(city.city().id(), city.city().name(), city.value(), city.level(), shares);
    }

    private static Local mean(List<Local> cities, Set<String> subIndices) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (String subIndex : subIndices) {
            shares.put(
                    subIndex,
                    meanOf(cities.stream().map(c -> c.shares().get(subIndex)).toList()));
        }
        return new Local(
                null,
                "mean of " + cities.size() + " cities",
                meanOf(cities.stream().map(Local::value).toList()),
                null,
                shares);
    }

    private static Double meanOf(List<Double> values) {
        double sum = 0;
        int count = 0;
        for (Double value : values) {
            if (value != null) {
                sum += value;
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }
}
