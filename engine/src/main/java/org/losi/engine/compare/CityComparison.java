package org.losi.engine.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.losi.engine.assessment.CityProfile;

/**
 * One city under two ways of scoring, A and B.
 *
 * @param a the city's standing under A, null if A could not score it
 * @param valueChange B's value minus A's, null unless both scored the city
 * @param rankShift places gained under B (A's rank minus B's: positive is up), null unless both ranked the city
 * @param levelChanged whether both scored the city and put it at different levels
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CityComparison(
        CityProfile city,
        Presence presence,
        Side a,
        Side b,
        Double valueChange,
        Integer rankShift,
        boolean levelChanged) {

    /** A city's figures on one side. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Side(double value, String level, int rank) {
        static Side of(Standing standing) {
            return standing == null ? null : new Side(standing.value(), standing.level(), standing.rank());
        }
    }

    static CityComparison of(CityProfile city, Standing inA, Standing inB) {
        Side a = Side.of(inA);
        Side b = Side.of(inB);
        Presence presence = Presence.of(a != null, b != null);
        if (presence != Presence.BOTH) {
            return new CityComparison(city, presence, a, b, null, null, false);
        }
        boolean levelChanged = !Objects.equals(a.level(), b.level());
        return new CityComparison(city, presence, a, b, b.value() - a.value(), a.rank() - b.rank(), levelChanged);
    }

    public String id() {
        return city.id();
    }
}
