package org.losi.engine.compare.groups;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.losi.engine.assessment.CityProfile;

/** What cities are grouped by. */
public enum Grouping {
    SETTLEMENT("settlement", CityProfile::settlementType),
    POPULATION("population", null),
    REGION("region", CityProfile::region),
    COUNTRY("country", CityProfile::country);

    private final String word;
    private final Function<CityProfile, String> attribute;

    Grouping(String word, Function<CityProfile, String> attribute) {
        this.word = word;
        this.attribute = attribute;
    }

    @JsonValue
    public String word() {
        return word;
    }

    public static Optional<Grouping> parse(String text) {
        return Arrays.stream(values()).filter(g -> g.word.equals(text)).findFirst();
    }

    /** The city's group, or {@link Groups#UNKNOWN} when its assessment does not say. */
    String groupOf(CityProfile city, PopulationClasses classes) {
        String group = this == POPULATION ? classes.classOf(city.population()) : attribute.apply(city);
        return group == null || group.isBlank() ? Groups.UNKNOWN : group;
    }
}
