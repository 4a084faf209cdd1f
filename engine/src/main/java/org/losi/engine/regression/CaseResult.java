package org.losi.engine.regression;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One case of a suite under one edition.
 *
 * @param city the city id, which names the case
 * @param name the city's name, or its id when the cases give none
 */
public record CaseResult(String city, String name, List<Difference> differences) {

    public CaseResult {
        differences = List.copyOf(differences);
    }

    public boolean passed() {
        return differences.isEmpty();
    }

    /** The differences one a line, empty for a case that passed. */
    public String diff() {
        return differences.stream().map(Difference::toString).collect(Collectors.joining("\n"));
    }
}
