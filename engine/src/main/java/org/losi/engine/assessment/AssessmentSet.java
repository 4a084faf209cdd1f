package org.losi.engine.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * Assessments read from one source, with the national figures the source gives, if any.
 *
 * @param national per country code, the national index figures (for example OSI and its sub-indices)
 * @param exclusions items an upstream tool did not deliver, kept as not assessed with their reason
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AssessmentSet(
        String id,
        String title,
        List<Assessment> assessments,
        Map<String, Map<String, Double>> national,
        List<Exclusion> exclusions) {

    public AssessmentSet {
        assessments = assessments == null ? List.of() : List.copyOf(assessments);
        national = national == null ? Map.of() : Map.copyOf(national);
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    public static AssessmentSet of(String id, List<Assessment> assessments) {
        return new AssessmentSet(id, id, assessments, Map.of(), List.of());
    }

    /** An item an upstream tool left out for one city, and why. It counts as not assessed, never as "no". */
    public record Exclusion(String cityId, String item, String reason) {}
}
