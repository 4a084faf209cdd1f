package org.losi.engine.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the cities scored on both sides moved between levels.
 *
 * @param levels the level names, A's bands in declaration order then any only B has, and {@value #NO_LEVEL} when
 *     some value falls outside every band
 * @param counts {@code counts[i][j]}: cities at level {@code i} under A and level {@code j} under B
 * @param flows per level, the cities it held under each side and those entering and leaving it
 */
public record BandTransitions(List<String> levels, List<List<Integer>> counts, List<Flow> flows) {
    /** The name given to a value outside every band. */
    public static final String NO_LEVEL = "(none)";

    public BandTransitions {
        levels = List.copyOf(levels);
        counts = counts.stream().map(List::copyOf).toList();
        flows = List.copyOf(flows);
    }

    /**
     * One level's balance.
     *
     * @param entering cities at this level under B that were at another under A
     * @param leaving cities at this level under A that are at another under B
     */
    public record Flow(String level, int before, int after, int entering, int leaving) {}

    static BandTransitions of(List<String> levelOrder, List<CityComparison> cities) {
        List<String> levels = new ArrayList<>(levelOrder);
        List<CityComparison> both =
                cities.stream().filter(c -> c.presence() == Presence.BOTH).toList();
        if (both.stream().anyMatch(c -> c.a().level() == null || c.b().level() == null)) {
            levels.add(NO_LEVEL);
        }
        int[][] counts = new int[levels.size()][levels.size()];
        for (CityComparison city : both) {
            counts[levels.indexOf(named(city.a().level()))][
                    levels.indexOf(named(city.b().level()))]++;
        }
        return new BandTransitions(levels, asLists(counts), flows(levels, counts));
    }

    /** How many cities went from one level under A to another under B. */
    public int count(String fromLevel, String toLevel) {
        int from = levels.indexOf(fromLevel);
        int to = levels.indexOf(toLevel);
        return from < 0 || to < 0 ? 0 : counts.get(from).get(to);
    }

    private static String named(String level) {
        return level == null ? NO_LEVEL : level;
    }

    private static List<Flow> flows(List<String> levels, int[][] counts) {
        List<Flow> flows = new ArrayList<>();
        for (int l = 0; l < levels.size(); l++) {
            int before = 0;
            int after = 0;
            for (int other = 0; other < levels.size(); other++) {
                before += counts[l][other];
                after += counts[other][l];
            }
            int stayed = counts[l][l];
            flows.add(new Flow(levels.get(l), before, after, after - stayed, before - stayed));
        }
        return flows;
    }

    private static List<List<Integer>> asLists(int[][] counts) {
        List<List<Integer>> rows = new ArrayList<>();
        for (int[] row : counts) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        return rows;
    }
}
