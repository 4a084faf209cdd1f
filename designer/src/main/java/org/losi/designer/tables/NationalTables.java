package org.losi.designer.tables;

import java.util.Map;
import org.losi.engine.national.NationalView;

/** A country's cities beside its national figures, as a table: a row per city, then the national row. */
public final class NationalTables {
    /** The name of each country's row of national figures. */
    public static final String NATIONAL_ROW = "national (as given)";

    private NationalTables() {}

    /** Per country its cities, each with its share of the items mapped to every sub-index, then the national row. */
    public static Table of(NationalView.View view) {
        Table table = new Table()
                .text("country", "country")
                .text("city_id", "city")
                .text("city", "name")
                .decimal("value", "value")
                .text("level", "level");
        view.subIndices().forEach(s -> table.decimal(s, s));
        for (NationalView.Country country : view.countries()) {
            for (NationalView.Local city : country.cities()) {
                table.row(row(country, city.cityId(), city.name(), city.value(), city.level(), city.shares(), view));
            }
            table.row(row(country, null, NATIONAL_ROW, nationalOverall(country, view), null, country.national(), view));
        }
        return table;
    }

    /** The national figure that is not a sub-index, such as the OSI itself; null when none is given. */
    public static Double nationalOverall(NationalView.Country country, NationalView.View view) {
        return country.national().entrySet().stream()
                .filter(e -> !view.subIndices().contains(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private static Object[] row(
            NationalView.Country country,
            String cityId,
            String name,
            Double value,
            String level,
            Map<String, Double> bySubIndex,
            NationalView.View view) {
        Object[] cells = new Object[5 + view.subIndices().size()];
        cells[0] = country.country();
        cells[1] = cityId;
        cells[2] = name;
        cells[3] = value;
        cells[4] = level;
        for (int s = 0; s < view.subIndices().size(); s++) {
            cells[5 + s] = bySubIndex.get(view.subIndices().get(s));
        }
        return cells;
    }
}
