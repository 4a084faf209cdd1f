package org.losi.engine.compare;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.losi.engine.methodology.Band;
import org.losi.engine.methodology.Edition;

/**
 * An edition's level bands on primitive arrays: which band a value falls in, without allocating, and which band
 * stands above which.
 */
public final class Levels {
    /** The index of "no band": the edition's bands leave the value out. */
    public static final int NONE = -1;

    private final String[] names;
    private final double[] lower;
    private final double[] upper;
    private final boolean[] lowerInclusive;
    private final boolean[] upperInclusive;
    private final int[] height;

    private Levels(List<Band> bands) {
        int n = bands.size();
        names = new String[n];
        lower = new double[n];
        upper = new double[n];
        lowerInclusive = new boolean[n];
        upperInclusive = new boolean[n];
        for (int b = 0; b < n; b++) {
            Band band = bands.get(b);
            names[b] = band.level();
            lower[b] = band.lower();
            upper[b] = band.upper();
            lowerInclusive[b] = band.lowerInclusive();
            upperInclusive[b] = band.upperInclusive();
        }
        height = heights();
    }

    public static Levels of(Edition edition) {
        return new Levels(edition.bands());
    }

    /** The band a value falls in, the first that holds it in declaration order as the edition reads it. */
    public int indexOf(double value) {
        for (int b = 0; b < names.length; b++) {
            boolean aboveLower = lowerInclusive[b] ? value >= lower[b] : value > lower[b];
            boolean belowUpper = upperInclusive[b] ? value <= upper[b] : value < upper[b];
            if (aboveLower && belowUpper) {
                return b;
            }
        }
        return NONE;
    }

    /** The band with this level name, or {@link #NONE}. */
    public int indexOf(String level) {
        return level == null ? NONE : Arrays.asList(names).indexOf(level);
    }

    /** The band's level name, or null for {@link #NONE}. */
    public String name(int band) {
        return band == NONE ? null : names[band];
    }

    /** The level names in declaration order. */
    public List<String> names() {
        return List.of(names);
    }

    /** How high a band stands: 0 for the lowest cut-offs, then up; {@code -1} for {@link #NONE}. */
    public int height(int band) {
        return band == NONE ? -1 : height[band];
    }

    /** The band just above this one, or {@link #NONE} at the top or for a value outside every band. */
    public int above(int band) {
        if (band == NONE) {
            return NONE;
        }
        for (int b = 0; b < names.length; b++) {
            if (height[b] == height[band] + 1) {
                return b;
            }
        }
        return NONE;
    }

    private int[] heights() {
        Integer[] order = IntStream.range(0, names.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(b -> lower[b]).thenComparingDouble(b -> upper[b]));
        int[] heights = new int[names.length];
        for (int position = 0; position < order.length; position++) {
            heights[order[position]] = position;
        }
        return heights;
    }
}
