package org.losi.engine.assessment;

/** Puts a value from an input file into a message: in quotes, control characters escaped, long text cut. */
final class Quoted {
    private static final int LONGEST = 80;

    private Quoted() {}

    static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        int end = Math.min(text.length(), LONGEST);
        for (int i = 0; i < end; i++) {
            out.append(escaped(text.charAt(i)));
        }
        if (text.length() > LONGEST) {
            out.append("...");
        }
        return out.append('"').toString();
    }

    private static String escaped(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
        };
    }
}
