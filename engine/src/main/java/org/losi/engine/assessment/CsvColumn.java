package org.losi.engine.assessment;

/**
 * What one column of a wide CSV holds, as its header says.
 *
 * @param number 1-based, as a spreadsheet counts
 * @param key the city field ({@code id}, {@code population}, ...), the attribute's name, or the item code
 * @param channel for an item column, the channel its answers are on
 */
record CsvColumn(int number, String header, Kind kind, String key, Channel channel) {

    enum Kind {
        CITY,
        ASSESSOR,
        ROLE,
        ATTRIBUTE,
        ITEM
    }

    /** How a message names the column: its number, spreadsheet letter and header. */
    String describe() {
        return "column " + number + " (" + letters(number) + ", " + Quoted.of(header) + ")";
    }

    private static String letters(int number) {
        StringBuilder letters = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
