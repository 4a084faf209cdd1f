package org.losi.designer.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.losi.engine.assessment.CityProfile;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.ScoreReport;

/**
 * What a save did to the author's chosen sample: the cities whose value, level or rank changed, each before and
 * after, and how many stayed as they were. A city that entered or left the ranking has null on the side where it
 * was not ranked.
 *
 * @param error why the sample could not be scored after the save, which was made all the same; null when it was
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Effect(String sample, List<CityChange> changed, int unchanged, ErrorBody.Detail error) {

    static Effect between(String sample, ScoreReport before, ScoreReport after) {
        Map<String, CityResult> was = byCity(before);
        Map<String, CityResult> now = byCity(after);
        Map<String, CityProfile> cities = new LinkedHashMap<>();
        after.cities().forEach(c -> cities.put(c.city().id(), c.city()));
        before.cities().forEach(c -> cities.putIfAbsent(c.city().id(), c.city()));
        List<CityChange> changed = new ArrayList<>();
        int unchanged = 0;
        for (CityProfile city : cities.values()) {
            CityChange change = CityChange.of(city, was.get(city.id()), now.get(city.id()));
            if (change.isChange()) {
                changed.add(change);
            } else {
                unchanged++;
            }
        }
        changed.sort(Comparator.comparing(CityChange::rankAfter, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Effect(sample, changed, unchanged, null);
    }

    /** The save was made, but the sample could not be scored to show its effect. */
    static Effect failed(String sample, ApiError error) {
        return new Effect(sample, List.of(), 0, error.body().error());
    }

    private static Map<String, CityResult> byCity(ScoreReport report) {
        Map<String, CityResult> cities = new LinkedHashMap<>();
        report.cities().forEach(c -> cities.put(c.city().id(), c));
        return cities;
    }

    /**
     * One city, before and after the save.
     *
     * @param value {@code [before, after]} at full precision
     * @param level {@code [before, after]}
     * @param rank {@code [before, after]}
     */
    record CityChange(String city, String name, List<Double> value, List<String> level, List<Integer> rank) {

        static CityChange of(CityProfile city, CityResult before, CityResult after) {
            return new CityChange(
                    city.id(),
                    city.name(),
                    pair(before == null ? null : before.value(), after == null ? null : after.value()),
                    pair(before == null ? null : before.level(), after == null ? null : after.level()),
                    pair(before == null ? null : before.rank(), after == null ? null : after.rank()));
        }

        boolean isChange() {
            return !Objects.equals(value.get(0), value.get(1))
                    || !Objects.equals(level.get(0), level.get(1))
                    || !Objects.equals(rank.get(0), rank.get(1));
        }

        Integer rankAfter() {
            return rank.get(1);
        }

        private static <T> List<T> pair(T before, T after) {
            return Arrays.asList(before, after);
        }
    }
}
