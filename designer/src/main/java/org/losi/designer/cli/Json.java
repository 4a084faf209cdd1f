package org.losi.designer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;

/** Writes a result as indented JSON, as {@code score} does. */
final class Json {
    private Json() {}

    static void write(Object value, PrintWriter out) {
        try {
            out.println(ScoreWriter.JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the result as JSON", e);
        }
    }
}
