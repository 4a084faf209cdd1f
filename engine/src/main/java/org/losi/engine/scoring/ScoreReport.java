package org.losi.engine.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.losi.engine.assessment.AssessmentSet;
import org.losi.engine.assessment.CityProfile;

/**
 * The result of scoring a set of assessments under one edition: the ranked cities, and apart from them the cities
 * that were not assessed, which are never ranked as zero.
 *
 * @param rulesHash the hash of the edition's rule files that produced these figures
 * @param unusedAnswers per item code this edition does not have, how many answers named it
 * @param exclusions items an upstream tool did not deliver, with its reason: scored as not assessed, never "no"
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ScoreReport(
        String edition,
        String editionTitle,
        String rulesHash,
        String assessments,
        List<CityResult> cities,
        List<NotAssessed> notAssessed,
        Map<String, Integer> unusedAnswers,
        List<AssessmentSet.Exclusion> exclusions) {

    public ScoreReport {
        cities = List.copyOf(cities);
        notAssessed = List.copyOf(notAssessed);
        unusedAnswers = Collections.unmodifiableMap(new TreeMap<>(unusedAnswers));
        exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
    }

    public Optional<CityResult> city(String id) {
        return cities.stream().filter(c -> c.city().id().equals(id)).findFirst();
    }

    /** A city left out of the ranking, and why. */
    public record NotAssessed(CityProfile city, String reason) {}
}
