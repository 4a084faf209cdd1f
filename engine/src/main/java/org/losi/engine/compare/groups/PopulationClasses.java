package org.losi.engine.compare.groups;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Population classes by their cut-offs: {@code 10k, 50k} make the classes {@code <10k}, {@code 10k-50k} and
 * {@code >=50k}. A city exactly on a cut-off belongs to the class above it.
 *
 * @param cutOffs strictly increasing, each above zero
 */
public record PopulationClasses(List<Long> cutOffs) {
    /** Under 10 thousand, to 50 thousand, to 250 thousand, to a million, and a million or more. */
    public static final PopulationClasses DEFAULT =
            new PopulationClasses(List.of(10_000L, 50_000L, 250_000L, 1_000_000L));

    public PopulationClasses {
        cutOffs = List.copyOf(cutOffs);
        if (cutOffs.isEmpty()) {
            throw new IllegalArgumentException("population classes need at least one cut-off, such as 10k");
        }
        for (int i = 0; i < cutOffs.size(); i++) {
            if (cutOffs.get(i) <= 0 || i > 0 && cutOffs.get(i) <= cutOffs.get(i - 1)) {
                throw new IllegalArgumentException("population cut-offs " + cutOffs
                        + " must be above zero and increase; " + cutOffs.get(i) + " does not");
            }
        }
    }

    /**
     * Reads cut-offs such as {@code 10k,50k,250k,1M} or {@code 10000,50000}.
     *
     * @throws IllegalArgumentException quoting a cut-off that is not a number
     */
    public static PopulationClasses parse(String text) {
        List<Long> cutOffs = new ArrayList<>();
        for (String part : text.split(",")) {
            cutOffs.add(number(part.trim(), text));
        }
        return new PopulationClasses(cutOffs);
    }

    private static long number(String part, String text) {
        String lower = part.toLowerCase(Locale.ROOT);
        long unit = lower.endsWith("k") ? 1_000 : lower.endsWith("m") ? 1_000_000 : 1;
        String digits = unit == 1 ? lower : lower.substring(0, lower.length() - 1);
        try {
            return new BigDecimal(digits).multiply(BigDecimal.valueOf(unit)).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("population cut-off \"" + part + "\" in \"" + text
                    + "\" is not a whole number of people such as 10000, 10k or 1M");
        }
    }

    /** The class labels from the smallest places up. */
    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        labels.add("<" + compact(cutOffs.get(0)));
        for (int i = 1; i < cutOffs.size(); i++) {
            labels.add(compact(cutOffs.get(i - 1)) + "-" + compact(cutOffs.get(i)));
        }
        labels.add(">=" + compact(cutOffs.get(cutOffs.size() - 1)));
        return labels;
    }

    /** The label of the class a population falls in, or null when the population is not known. */
    public String classOf(Long population) {
        if (population == null) {
            return null;
        }
        int position = 0;
        while (position < cutOffs.size() && population >= cutOffs.get(position)) {
            position++;
        }
        return labels().get(position);
    }

    private static String compact(long people) {
        if (people % 1_000_000 == 0) {
            return people / 1_000_000 + "M";
        }
        return people % 1_000 == 0 ? people / 1_000 + "k" : Long.toString(people);
    }
}
