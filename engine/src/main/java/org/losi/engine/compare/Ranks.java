package org.losi.engine.compare;

import java.util.Arrays;

/** Ranks of values, higher values first, computed on primitive arrays so that tight loops allocate nothing. */
public final class Ranks {
    private Ranks() {}

    /**
     * Competition ranks (1, 2, 2, 4) on the unrounded values, as {@link org.losi.engine.scoring.Scorer} ranks.
     *
     * @param sorted scratch space at least as long as {@code values}; its content is overwritten
     */
    public static void competition(double[] values, int[] ranks, double[] sorted) {
        int n = values.length;
        System.arraycopy(values, 0, sorted, 0, n);
        Arrays.sort(sorted, 0, n);
        for (int i = 0; i < n; i++) {
            ranks[i] = 1 + n - upperBound(sorted, n, values[i]);
        }
    }

    /** Competition ranks of the values whose {@code included} flag is set; the others get rank 0. */
    static int[] competition(double[] values, boolean[] included) {
        int count = 0;
        double[] kept = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (included[i]) {
                kept[count++] = values[i];
            }
        }
        Arrays.sort(kept, 0, count);
        int[] ranks = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ranks[i] = included[i] ? 1 + count - upperBound(kept, count, values[i]) : 0;
        }
        return ranks;
    }

    /** Ranks with ties sharing the mean of the places they hold (1, 2.5, 2.5, 4), as Spearman's rho needs. */
    public static double[] averaged(double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] ranks = new double[n];
        for (int i = 0; i < n; i++) {
            int above = n - upperBound(sorted, n, values[i]);
            int equal = upperBound(sorted, n, values[i]) - lowerBound(sorted, n, values[i]);
            ranks[i] = above + (equal + 1) / 2.0;
        }
        return ranks;
    }

    /** The first index in {@code sorted[0, n)} whose value is greater than {@code value}. */
    private static int upperBound(double[] sorted, int n, double value) {
        int low = 0;
        int high = n;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Double.compare(sorted[middle], value) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static int lowerBound(double[] sorted, int n, double value) {
        int low = 0;
        int high = n;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (Double.compare(sorted[middle], value) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
