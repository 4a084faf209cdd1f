package org.losi.engine.compare.robustness;

/** Order statistics of sorted ranks. */
final class Percentiles {
    private Percentiles() {}

    /**
     * The nearest-rank percentile: the smallest value with at least {@code percent} % of the values at or below it,
     * that is the value at position {@code ceil(percent / 100 * n)}, counting from 1.
     */
    static int nearestRank(int[] sorted, double percent) {
        int position = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(1, Math.min(position, sorted.length)) - 1];
    }

    /** The middle value, or the mean of the two middle ones when there is an even number of values. */
    static double median(int[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
