package org.losi.engine.compare;

/**
 * How alike two orderings of the same cities are, from -1 (reversed) to 1 (the same). Both measures handle ties:
 * Spearman's rho gives tied cities the mean of the places they hold, Kendall's tau-b corrects for ties on either
 * side. Undefined figures (fewer than two cities, or every city tied on one side) are {@code NaN}.
 */
public final class RankCorrelation {
    private RankCorrelation() {}

    /** Spearman's rho: Pearson's correlation of the averaged ranks. */
    public static double spearman(double[] x, double[] y) {
        requireSameLength(x, y);
        if (x.length < 2) {
            return Double.NaN;
        }
        return pearson(Ranks.averaged(x), Ranks.averaged(y));
    }

    /** Kendall's tau-b: concordant minus discordant pairs, over the pairs not tied on each side. */
    public static double kendallTauB(double[] x, double[] y) {
        requireSameLength(x, y);
        long concordant = 0;
        long discordant = 0;
        long tiedX = 0;
        long tiedY = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                int dx = Double.compare(x[i], x[j]);
                int dy = Double.compare(y[i], y[j]);
                tiedX += dx == 0 ? 1 : 0;
                tiedY += dy == 0 ? 1 : 0;
                if (dx != 0 && dy != 0) {
                    concordant += dx == dy ? 1 : 0;
                    discordant += dx != dy ? 1 : 0;
                }
            }
        }
        long pairs = (long) x.length * (x.length - 1) / 2;
        double denominator = Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
        return denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
    }

    private static double pearson(double[] x, double[] y) {
        double meanX = mean(x);
        double meanY = mean(y);
        double products = 0;
        double squaresX = 0;
        double squaresY = 0;
        for (int i = 0; i < x.length; i++) {
            products += (x[i] - meanX) * (y[i] - meanY);
            squaresX += (x[i] - meanX) * (x[i] - meanX);
            squaresY += (y[i] - meanY) * (y[i] - meanY);
        }
        double denominator = Math.sqrt(squaresX * squaresY);
        return denominator == 0 ? Double.NaN : products / denominator;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static void requireSameLength(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(
                    "rank correlation needs one value per city on each side; got " + x.length + " and " + y.length);
        }
    }
}
