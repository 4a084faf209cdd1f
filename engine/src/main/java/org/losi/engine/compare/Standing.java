package org.losi.engine.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.losi.engine.assessment.CityProfile;

/**
 * Where one city stands under one way of scoring: its value, level and competition rank.
 *
 * @param level null when the edition's bands leave the value out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Standing(CityProfile city, double value, String level, int rank) {}
