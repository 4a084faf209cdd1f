package org.losi.engine.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One city gathered from the CSV rows that carry its id. Each row may repeat the city's fields or leave them blank;
 * rows that give different values for one field are an error naming both lines.
 */
final class CsvCity {
    private final String file;
    private final String id;
    private final Map<String, String> fields = new HashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, String> cells = new HashMap<>();
    private final Map<String, Long> lines = new HashMap<>();
    private final List<Answer> answers = new ArrayList<>();

    CsvCity(String file, String id) {
        this.file = file;
        this.id = id;
    }

    /**
     * Sets a city field or attribute from a cell.
     *
     * @param value the cell's value as the city keeps it, for example a population without separators
     * @param cell the cell as written, which a message quotes
     */
    void put(CsvColumn column, String value, String cell, long line) {
        if (value.isEmpty()) {
            return;
        }
        Map<String, String> target = column.kind() == CsvColumn.Kind.ATTRIBUTE ? attributes : fields;
        String earlier = target.putIfAbsent(column.key(), value);
        String field = column.kind() + " " + column.key();
        cells.putIfAbsent(field, cell);
        lines.putIfAbsent(field, line);
        if (earlier != null && !earlier.equals(value)) {
            throw new InputException(
                    file,
                    line,
                    column.number(),
                    column.describe() + " " + Quoted.of(cell)
                            + " contradicts " + Quoted.of(cells.get(field)) + " on line " + lines.get(field)
                            + " for city "
                            + Quoted.of(id) + "; rows of one city must agree on its fields or leave them blank");
        }
    }

    void add(Answer answer) {
        answers.add(answer);
    }

    Assessment toAssessment() {
        String population = fields.get(CsvHeader.POPULATION);
        CityProfile city = new CityProfile(
                id,
                fields.get(CsvHeader.NAME),
                fields.get(CsvHeader.COUNTRY),
                population == null ? null : Long.valueOf(population),
                fields.get(CsvHeader.SETTLEMENT_TYPE),
                fields.get(CsvHeader.REGION),
                fields.get(CsvHeader.PORTAL_URL),
                attributes);
        return new Assessment(city, answers);
    }
}
