package org.losi.engine.assessment;

import java.util.List;

/** The cells of one CSV record, each with the line it starts on; a quoted cell may span lines. */
record CsvRow(List<String> cells, List<Long> lines) {

    CsvRow {
        cells = List.copyOf(cells);
        lines = List.copyOf(lines);
    }

    long line() {
        return lines.isEmpty() ? 0 : lines.get(0);
    }

    String cell(CsvColumn column) {
        return cells.get(column.number() - 1);
    }

    long lineOf(CsvColumn column) {
        return lines.get(column.number() - 1);
    }

    /** A row of empty cells, as spreadsheets write below the data. */
    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
