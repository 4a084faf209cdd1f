package org.losi.engine.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The header of a wide CSV: city columns under a few common spellings, {@code assessor} and {@code role},
 * {@code attr:<name>} for free attributes, and one column per item code, {@code <code>@<channel>} for a channel other
 * than the portal.
 */
final class CsvHeader {
    static final String ID = "id";
    static final String NAME = "name";
    static final String COUNTRY = "country";
    static final String POPULATION = "population";
    static final String SETTLEMENT_TYPE = "settlement_type";
    static final String REGION = "region";
    static final String PORTAL_URL = "portal_url";

    private static final String ATTRIBUTE_PREFIX = "attr:";
    private static final char CHANNEL_MARK = '@';
    private static final List<String> CITY_FIELDS =
            List.of(ID, NAME, COUNTRY, POPULATION, SETTLEMENT_TYPE, REGION, PORTAL_URL);
    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("id", ID),
            Map.entry("cityid", ID),
            Map.entry("name", NAME),
            Map.entry("cityname", NAME),
            Map.entry("country", COUNTRY),
            Map.entry("countrycode", COUNTRY),
            Map.entry("countryid", COUNTRY),
            Map.entry("population", POPULATION),
            Map.entry("settlementtype", SETTLEMENT_TYPE),
            Map.entry("settlement", SETTLEMENT_TYPE),
            Map.entry("region", REGION),
            Map.entry("portalurl", PORTAL_URL),
            Map.entry("portal", PORTAL_URL),
            Map.entry("url", PORTAL_URL),
            Map.entry("website", PORTAL_URL));
    private static final List<String> ASSESSOR_SPELLINGS = List.of("assessor", "assessorname");
    private static final List<String> ROLE_SPELLINGS = List.of("role", "assessorrole");

    private final List<CsvColumn> columns;

    private CsvHeader(List<CsvColumn> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Reads the header cells of line {@code line}; a column it cannot place fails with its number and header. */
    static CsvHeader read(String file, long line, List<String> cells, Predicate<String> knownItem) {
        List<CsvColumn> columns = new ArrayList<>();
        Map<String, CsvColumn> seen = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            int number = i + 1;
            String header = cells.get(i).trim();
            CsvColumn column =
                    column(number, header, knownItem).orElseThrow(() -> unplaced(file, line, number, header));
            CsvColumn first = seen.putIfAbsent(column.kind() + " " + column.key() + " " + column.channel(), column);
            if (first != null) {
                throw new InputException(
                        file,
                        line,
                        column.number(),
                        column.describe() + " repeats " + first.describe() + "; give each item and channel one column");
            }
            columns.add(column);
        }
        if (columns.stream()
                .noneMatch(c -> c.kind() == CsvColumn.Kind.CITY && c.key().equals(ID))) {
            throw new InputException(file, line, 0, "no city id column; the header needs one named \"id\"");
        }
        return new CsvHeader(columns);
    }

    private static InputException unplaced(String file, long line, int number, String header) {
        int mark = header.lastIndexOf(CHANNEL_MARK);
        if (mark >= 0 && Channel.parse(header.substring(mark + 1)).isEmpty()) {
            return new InputException(
                    file,
                    line,
                    number,
                    "column " + number + " is headed " + Quoted.of(header)
                            + ", whose channel " + Quoted.of(header.substring(mark + 1)) + " is not one of "
                            + Channel.expected());
        }
        return new InputException(
                file,
                line,
                number,
                "column " + number + " is headed " + Quoted.of(header)
                        + ", which is neither a city column (" + String.join(", ", CITY_FIELDS)
                        + ", assessor, role, attr:<name>) nor an item code of any edition"
                        + " (as <code> or <code>@<channel>)");
    }

    private static Optional<CsvColumn> column(int number, String header, Predicate<String> knownItem) {
        String lower = header.toLowerCase(Locale.ROOT);
        if (lower.startsWith(ATTRIBUTE_PREFIX) && header.length() > ATTRIBUTE_PREFIX.length()) {
            String name = header.substring(ATTRIBUTE_PREFIX.length()).trim();
            return Optional.of(new CsvColumn(number, header, CsvColumn.Kind.ATTRIBUTE, name, null));
        }
        String squashed = lower.replaceAll("[^a-z0-9]", "");
        if (SPELLINGS.containsKey(squashed)) {
            return Optional.of(new CsvColumn(number, header, CsvColumn.Kind.CITY, SPELLINGS.get(squashed), null));
        }
        if (ASSESSOR_SPELLINGS.contains(squashed)) {
            return Optional.of(new CsvColumn(number, header, CsvColumn.Kind.ASSESSOR, "assessor", null));
        }
        if (ROLE_SPELLINGS.contains(squashed)) {
            return Optional.of(new CsvColumn(number, header, CsvColumn.Kind.ROLE, "role", null));
        }
        return itemColumn(number, header, knownItem);
    }

    private static Optional<CsvColumn> itemColumn(int number, String header, Predicate<String> knownItem) {
        int mark = header.lastIndexOf(CHANNEL_MARK);
        String code = mark < 0 ? header : header.substring(0, mark).trim();
        Optional<Channel> channel = mark < 0 ? Optional.of(Channel.PORTAL) : Channel.parse(header.substring(mark + 1));
        if (code.isEmpty() || channel.isEmpty() || !knownItem.test(code)) {
            return Optional.empty();
        }
        return Optional.of(new CsvColumn(number, header, CsvColumn.Kind.ITEM, code, channel.get()));
    }

    List<CsvColumn> columns() {
        return columns;
    }

    int size() {
        return columns.size();
    }
}
