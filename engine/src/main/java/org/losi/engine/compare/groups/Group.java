package org.losi.engine.compare.groups;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cities of one group.
 *
 * @param cities how many were ranked
 * @param notAssessed how many were not assessed, and so not counted in the figures
 * @param meanValue null when no city of the group was ranked
 * @param levels how many ranked cities are at each level, every level listed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Group(
        String group, int cities, int notAssessed, Double meanValue, Double medianValue, Map<String, Integer> levels) {

    public Group {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }
}
