package org.losi.engine.compare;

import java.util.Comparator;

/** How the cities of a comparison are listed. */
public enum ComparisonOrder {
    /** Largest absolute rank shift first, then largest absolute value change; cities on one side only last. */
    MOVERS(Comparator.comparing((CityComparison c) -> c.presence() != Presence.BOTH)
            .thenComparing(c -> c.rankShift() == null ? 0 : -Math.abs(c.rankShift()))
            .thenComparing(c -> c.valueChange() == null ? 0 : -Math.abs(c.valueChange()))
            .thenComparing(CityComparison::id)),
    /** By rank under B, then under A; cities B did not rank after those it did. */
    RANK(Comparator.comparing((CityComparison c) -> c.b() == null ? Integer.MAX_VALUE : c.b().rank())
            .thenComparing(c -> c.a() == null ? Integer.MAX_VALUE : c.a().rank())
            .thenComparing(CityComparison::id)),
    /** By city id. */
    CITY(Comparator.comparing(CityComparison::id));

    private final Comparator<CityComparison> comparator;

    ComparisonOrder(Comparator<CityComparison> comparator) {
        this.comparator = comparator;
    }

    Comparator<CityComparison> comparator() {
        return comparator;
    }
}
