package org.losi.designer.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Rows under named columns, written as an aligned table for people or as CSV for spreadsheets. CSV carries values at
 * full precision; the table shows values with four decimals, as reports do. The command line and the designer's
 * API write the same tables, so that a CSV export reads alike from either.
 */
public final class Table {
    /**
     * One column: its CSV header, its heading in the table, and how the table shows a cell.
     *
     * @param inText false for a column only CSV carries, such as a city's region beside its figures
     */
    record Column(String name, String heading, boolean rightAligned, Function<Object, String> shown, boolean inText) {
        Column(String name, String heading, boolean rightAligned, Function<Object, String> shown) {
            this(name, heading, rightAligned, shown, true);
        }
    }

    private final List<Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    public Table text(String name, String heading) {
        columns.add(new Column(name, heading, false, Table::plain));
        return this;
    }

    public Table whole(String name, String heading) {
        columns.add(new Column(name, heading, true, Table::plain));
        return this;
    }

    /** A whole number shown with its sign, as a rank shift is. */
    public Table signed(String name, String heading) {
        columns.add(new Column(name, heading, true, Table::signedWhole));
        return this;
    }

    /** Leaves the last column out of the table for people; CSV still carries it. */
    public Table csvOnly() {
        Column last = columns.remove(columns.size() - 1);
        columns.add(new Column(last.name(), last.heading(), last.rightAligned(), last.shown(), false));
        return this;
    }

    /** A fraction shown with four decimals. */
    public Table decimal(String name, String heading) {
        columns.add(new Column(name, heading, true, Table::fourDecimals));
        return this;
    }

    /** A difference of fractions shown with four decimals and its sign. */
    public Table signedDecimal(String name, String heading) {
        columns.add(new Column(
                name, heading, true, cell -> cell == null ? "-" : String.format(Locale.ROOT, "%+.4f", cell)));
        return this;
    }

    public Table row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalStateException(cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public void writeText(PrintWriter out) {
        List<Integer> visible = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).inText()) {
                visible.add(c);
            }
        }
        List<Column> shownColumns = visible.stream().map(columns::get).toList();
        int[] widths = new int[visible.size()];
        for (int v = 0; v < widths.length; v++) {
            widths[v] = shownColumns.get(v).heading().length();
        }
        List<String[]> shown = new ArrayList<>();
        for (List<Object> row : rows) {
            String[] cells = new String[visible.size()];
            for (int v = 0; v < cells.length; v++) {
                cells[v] = shownColumns.get(v).shown().apply(row.get(visible.get(v)));
                widths[v] = Math.max(widths[v], cells[v].length());
            }
            shown.add(cells);
        }
        out.println(
                line(shownColumns, shownColumns.stream().map(Column::heading).toArray(String[]::new), widths));
        shown.forEach(cells -> out.println(line(shownColumns, cells, widths)));
    }

    public void writeCsv(PrintWriter out) {
        out.print(csv());
    }

    /** The rows as CSV, with a header line of the column names. */
    public String csv() {
        CsvSchema.Builder schema = CsvSchema.builder();
        columns.forEach(c -> schema.addColumn(c.name()));
        List<Map<String, Object>> records = new ArrayList<>();
        for (List<Object> row : rows) {
            Map<String, Object> record = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                record.put(columns.get(c).name(), row.get(c));
            }
            records.add(record);
        }
        try {
            return new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(records);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the table as CSV", e);
        }
    }

    private static String line(List<Column> shown, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String format = shown.get(c).rightAligned() ? "%" + widths[c] + "s" : "%-" + widths[c] + "s";
            line.append(c == 0 ? "" : "  ").append(String.format(format, cells[c]));
        }
        return line.toString().stripTrailing();
    }

    private static String plain(Object cell) {
        return cell == null ? "-" : String.valueOf(cell);
    }

    private static String signedWhole(Object cell) {
        if (cell == null) {
            return "-";
        }
        int value = ((Number) cell).intValue();
        return value == 0 ? "0" : String.format("%+d", value);
    }

    private static String fourDecimals(Object cell) {
        return cell == null ? "-" : String.format(Locale.ROOT, "%.4f", ((Number) cell).doubleValue());
    }
}
