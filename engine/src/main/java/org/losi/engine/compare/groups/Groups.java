package org.losi.engine.compare.groups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.losi.engine.compare.BandTransitions;
import org.losi.engine.compare.Reports;
import org.losi.engine.methodology.Band;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ScoreReport;

/** Results by settlement type, population class, region or country: how many, how high, at which levels. */
public final class Groups {
    /** The group of cities whose assessment does not give the attribute. */
    public static final String UNKNOWN = "unknown";

    private Groups() {}

    /**
     * Groups a report's cities.
     *
     * @param classes the population classes, used when grouping by population
     */
    public static GroupReport of(Edition edition, ScoreReport report, Grouping by, PopulationClasses classes) {
        Reports.requireScoredWith(edition, report);
        List<String> levels = levels(edition, report);
        Map<String, List<CityResult>> ranked = new TreeMap<>();
        Map<String, Integer> notAssessed = new TreeMap<>();
        for (CityResult city : report.cities()) {
            ranked.computeIfAbsent(by.groupOf(city.city(), classes), k -> new ArrayList<>())
                    .add(city);
        }
        for (ScoreReport.NotAssessed city : report.notAssessed()) {
            notAssessed.merge(by.groupOf(city.city(), classes), 1, Integer::sum);
        }
        List<Group> groups = new ArrayList<>();
        for (String name : order(by, classes, ranked, notAssessed)) {
            groups.add(group(name, ranked.getOrDefault(name, List.of()), notAssessed.getOrDefault(name, 0), levels));
        }
        return new GroupReport(edition.id(), by, levels, groups);
    }

    private static List<String> levels(Edition edition, ScoreReport report) {
        List<String> levels =
                new ArrayList<>(edition.bands().stream().map(Band::level).toList());
        if (report.cities().stream().anyMatch(c -> c.level() == null)) {
            levels.add(BandTransitions.NO_LEVEL);
        }
        return levels;
    }

    private static List<String> order(
            Grouping by, PopulationClasses classes, Map<String, ?> ranked, Map<String, ?> notAssessed) {
        List<String> names = new ArrayList<>(ranked.keySet());
        notAssessed.keySet().stream().filter(name -> !ranked.containsKey(name)).forEach(names::add);
        List<String> classOrder = classes.labels();
        Comparator<String> byName = by == Grouping.POPULATION
                ? Comparator.comparingInt(classOrder::indexOf)
                : Comparator.comparing((String name) -> name.toLowerCase(Locale.ROOT))
                        .thenComparing(Comparator.naturalOrder());
        names.sort(Comparator.comparing((String name) -> name.equals(UNKNOWN)).thenComparing(byName));
        return names;
    }

    private static Group group(String name, List<CityResult> cities, int notAssessed, List<String> levels) {
        Map<String, Integer> atLevel = new LinkedHashMap<>();
        levels.forEach(level -> atLevel.put(level, 0));
        for (CityResult city : cities) {
            atLevel.merge(city.level() == null ? BandTransitions.NO_LEVEL : city.level(), 1, Integer::sum);
        }
        double[] values =
                cities.stream().mapToDouble(CityResult::value).sorted().toArray();
        Double mean = values.length == 0 ? null : Arrays.stream(values).sum() / values.length;
        return new Group(name, cities.size(), notAssessed, mean, median(values), atLevel);
    }

    private static Double median(double[] sorted) {
        int n = sorted.length;
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
