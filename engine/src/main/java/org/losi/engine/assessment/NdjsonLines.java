package org.losi.engine.assessment;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Walks an NDJSON file: one JSON object a line, blank lines skipped, each read by a cursor that knows its line. */
final class NdjsonLines {
    private NdjsonLines() {}

    /** Hands each line's object to {@code record}, the cursor standing on the object's start. */
    static void each(Path file, Consumer<JsonCursor> record) {
        String[] lines = Utf8Text.read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            try (JsonCursor json = JsonCursor.over(line, file.toString(), i + 1L)) {
                json.start("the line").object("a record");
                record.accept(json);
                json.end("the record");
            }
        }
    }
}
