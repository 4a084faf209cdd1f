package org.losi.engine.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The city an assessment is about: who it is and the attributes rules and group reports may read.
 *
 * @param settlementType for example {@code urban}, {@code peri-urban} or {@code rural}
 * @param attributes free attributes a methodology or a partner adds, read in rules with {@code attribute("name")}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CityProfile(
        String id,
        String name,
        String country,
        Long population,
        String settlementType,
        String region,
        String portalUrl,
        Map<String, String> attributes) {

    public CityProfile {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
    }
}
