package org.losi.engine.assessment;

/**
 * Input that cannot be read as assessments. The message names the file, line and column and quotes the value, so
 * that a person can find and mend it; nothing from a file that fails is scored.
 */
public final class InputException extends RuntimeException {
    private final String file;
    private final long line;
    private final long column;

    public InputException(String file, long line, long column, String message) {
        this(file, line, column, message, null);
    }

    public InputException(String file, long line, long column, String message, Throwable cause) {
        super(locate(file, line, column) + message, cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String locate(String file, long line, long column) {
        StringBuilder at = new StringBuilder(file == null ? "input" : file);
        if (line > 0) {
            at.append(", line ").append(line);
        }
        if (column > 0) {
            at.append(", column ").append(column);
        }
        return at.append(": ").toString();
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }
}
