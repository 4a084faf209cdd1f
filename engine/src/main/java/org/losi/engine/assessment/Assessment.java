package org.losi.engine.assessment;

import java.util.List;
import java.util.Objects;

/** A city with every answer its assessors gave, in the order they were read. */
public record Assessment(CityProfile city, List<Answer> answers) {

    public Assessment {
        Objects.requireNonNull(city, "city");
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    public String cityId() {
        return city.id();
    }
}
