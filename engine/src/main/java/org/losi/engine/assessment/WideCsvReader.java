package org.losi.engine.assessment;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads a wide CSV as spreadsheets export it: one row per city (or per city and assessor), one column per item.
 * Comma or semicolon, whichever the header uses; UTF-8 with or without a byte-order mark; CRLF or LF; quoted cells.
 * A blank cell gives no answer, so the item stays not assessed unless another row of the city answers it.
 */
final class WideCsvReader {
    private static final CsvMapper CSV = new CsvMapper();

    private final String file;
    private final Predicate<String> knownItem;
    private final Map<String, CsvCity> cities = new LinkedHashMap<>();
    private CsvHeader header;
    private long rowLine;

    private WideCsvReader(String file, Predicate<String> knownItem) {
        this.file = file;
        this.knownItem = knownItem;
    }

    static AssessmentSet read(Path file, Predicate<String> knownItem) {
        WideCsvReader reader = new WideCsvReader(file.toString(), knownItem);
        reader.readRows(Utf8Text.read(file));
        String id = AssessmentReaders.baseName(file);
        return AssessmentSet.of(
                id, reader.cities.values().stream().map(CsvCity::toAssessment).toList());
    }

    private void readRows(String text) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separatorOf(text));
        try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(new StringReader(text))) {
            parser.setSchema(schema);
            for (CsvRow row = nextRow(parser); row != null; row = nextRow(parser)) {
                if (header == null) {
                    header = CsvHeader.read(file, row.line(), row.cells(), knownItem);
                } else if (!row.isBlank()) {
                    read(row);
                }
            }
        } catch (StreamReadException e) {
            long line = e.getLocation() == null ? rowLine : e.getLocation().getLineNr();
            throw new InputException(
                    file,
                    line,
                    0,
                    "not valid CSV: " + e.getOriginalMessage() + " (in the row that starts on line " + rowLine + ")",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (header == null) {
            throw new InputException(file, 1, 0, "the file is empty; expected a header line");
        }
    }

    /** Semicolon if the header line holds more semicolons than commas outside quotes, else comma. */
    static char separatorOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || text.charAt(i) != '\n'); i++) {
            char c = text.charAt(i);
            quoted ^= c == '"';
            semicolons += !quoted && c == ';' ? 1 : 0;
            commas += !quoted && c == ',' ? 1 : 0;
        }
        return semicolons > commas ? ';' : ',';
    }

    private CsvRow nextRow(CsvParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token == JsonToken.VALUE_STRING; token = parser.nextToken()) {
            long line = parser.currentTokenLocation().getLineNr();
            rowLine = cells.isEmpty() ? line : rowLine;
            cells.add(parser.getText());
            lines.add(line);
        }
        return new CsvRow(cells, lines);
    }

    private void read(CsvRow row) {
        if (row.cells().size() != header.size()) {
            throw new InputException(
                    file,
                    row.line(),
                    0,
                    "this row has " + row.cells().size() + (row.cells().size() == 1 ? " cell" : " cells")
                            + "; the header has " + header.size() + " (a separator inside a cell needs quotes)");
        }
        CsvColumn idColumn = column(CsvColumn.Kind.CITY, CsvHeader.ID);
        String id = row.cell(idColumn).trim();
        if (id.isEmpty()) {
            throw cellError(row, idColumn, "is blank; every row needs its city id");
        }
        CsvCity city = cities.computeIfAbsent(id, key -> new CsvCity(file, key));
        String assessor = null;
        String role = Answer.ASSESSOR;
        for (CsvColumn column : header.columns()) {
            String cell = row.cell(column).trim();
            switch (column.kind()) {
                case CITY -> city.put(column, cityValue(row, column, cell), cell, row.lineOf(column));
                case ATTRIBUTE -> city.put(column, cell, cell, row.lineOf(column));
                case ASSESSOR -> assessor = cell.isEmpty() ? null : cell;
                case ROLE ->
                    role = Roles.parse(cell)
                            .orElseThrow(() -> cellError(row, column, "is not a role; expected " + Roles.EXPECTED));
                case ITEM -> {}
            }
        }
        for (CsvColumn column : header.columns()) {
            if (column.kind() == CsvColumn.Kind.ITEM) {
                answer(row, column, assessor, role).ifPresent(city::add);
            }
        }
    }

    private String cityValue(CsvRow row, CsvColumn column, String cell) {
        if (!column.key().equals(CsvHeader.POPULATION) || cell.isEmpty()) {
            return cell;
        }
        return String.valueOf(WholeNumbers.parse(cell)
                .orElseThrow(() -> cellError(
                        row,
                        column,
                        "is not a whole number of inhabitants"
                                + " (thousands separators such as 1 250 000, 1.250.000 or 1,250,000 are fine)")));
    }

    private Optional<Answer> answer(CsvRow row, CsvColumn column, String assessor, String role) {
        String cell = row.cell(column).trim();
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        AnswerValue value = AnswerValue.parse(cell)
                .orElseThrow(() -> cellError(row, column, "is not an answer; expected " + AnswerValue.expected()));
        return Optional.of(new Answer(column.key(), value, column.channel(), assessor, role, null, null));
    }

    private CsvColumn column(CsvColumn.Kind kind, String key) {
        return header.columns().stream()
                .filter(c -> c.kind() == kind && c.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private InputException cellError(CsvRow row, CsvColumn column, String problem) {
        return new InputException(
                file,
                row.lineOf(column),
                column.number(),
                column.describe() + " " + Quoted.of(row.cell(column)) + " " + problem);
    }
}
