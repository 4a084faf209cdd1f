package org.losi.engine.assessment;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A JSON parser that knows its file and line, so that every complaint names the place and quotes the value. It reads
 * one document: a whole file, or one line of an NDJSON file.
 *
 * <p>The cursor always stands on a value: {@link #nextField()} and {@link #nextElement()} move onto the next one, and
 * the typed readers read the value the cursor stands on.
 */
final class JsonCursor implements AutoCloseable {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonParser parser;
    private final String file;
    private final long firstLine;
    private String field;
    private Place fieldPlace;

    private JsonCursor(JsonParser parser, String file, long firstLine) {
        this.parser = parser;
        this.file = file;
        this.firstLine = firstLine;
    }

    /** A cursor on a document that starts at {@code firstLine} of the file, standing before its first token. */
    static JsonCursor over(String text, String file, long firstLine) {
        try {
            return new JsonCursor(FACTORY.createParser(text), file, firstLine);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    /** Moves onto the document's first value. */
    JsonCursor start(String what) {
        if (next() == null) {
            throw fail(what + " is empty");
        }
        return this;
    }

    /** Fails unless nothing but white space follows the value just read. */
    void end(String what) {
        if (next() != null) {
            throw fail("more text after the end of " + what + ": " + describe());
        }
    }

    /** Moves onto the value of the object's next property; false at the end of the object. */
    boolean nextField() {
        JsonToken token = next();
        if (token != JsonToken.FIELD_NAME) {
            return false;
        }
        field = name();
        fieldPlace = place();
        next();
        return true;
    }

    String field() {
        return field;
    }

    Place fieldPlace() {
        return fieldPlace;
    }

    /** Moves onto the next element of the list; false at the end of the list. */
    boolean nextElement() {
        return next() != JsonToken.END_ARRAY;
    }

    /** Checks that the cursor stands on an object, whose properties {@link #nextField()} then reads. */
    void object(String what) {
        if (current() != JsonToken.START_OBJECT) {
            throw fail(what + " must be an object, not " + describe());
        }
    }

    /** Checks that the cursor stands on a list, or on null which reads as an empty list. */
    boolean list(String what) {
        if (current() == JsonToken.VALUE_NULL) {
            return false;
        }
        if (current() != JsonToken.START_ARRAY) {
            throw fail(what + " must be a list, not " + describe());
        }
        return true;
    }

    String text(String what) {
        if (current() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (current() != JsonToken.VALUE_STRING) {
            throw fail(what + " must be text, not " + describe());
        }
        return textHere();
    }

    /** Text, a number or a flag, as text: the form of free attributes. */
    String scalar(String what) {
        if (current() == null || current().isStructStart()) {
            throw fail(what + " must be text, a number or true/false, not " + describe());
        }
        return current() == JsonToken.VALUE_NULL ? null : textHere();
    }

    Long wholeNumber(String what) {
        if (current() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (current() != JsonToken.VALUE_NUMBER_INT) {
            throw fail(what + " must be a whole number, not " + describe());
        }
        try {
            return parser.getLongValue();
        } catch (IOException e) {
            throw fail(what + " is " + describe() + ", which is too large");
        }
    }

    Double number(String what) {
        if (current() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!current().isNumeric()) {
            throw fail(what + " must be a number, not " + describe());
        }
        try {
            return parser.getDoubleValue();
        } catch (IOException e) {
            throw fail(what + " is " + describe() + ", which is not a usable number");
        }
    }

    Boolean flag(String what) {
        if (current() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!current().isBoolean()) {
            throw fail(what + " must be true or false, not " + describe());
        }
        return current() == JsonToken.VALUE_TRUE;
    }

    /** Steps over the value the cursor stands on, with everything inside it. */
    void skip() {
        try {
            parser.skipChildren();
        } catch (StreamReadException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    /** The value the cursor stands on, as a message quotes it. */
    String describe() {
        JsonToken token = current();
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case END_OBJECT -> "the end of an object";
            case END_ARRAY -> "the end of a list";
            case FIELD_NAME -> "property " + Quoted.of(name());
            case VALUE_STRING -> Quoted.of(textHere());
            default -> textHere();
        };
    }

    Place place() {
        return placeOf(parser.currentTokenLocation());
    }

    /** A place in this file, as a message names it when it points elsewhere: {@code line 3 of export.ndjson}. */
    String where(Place at) {
        return at + " of " + Path.of(file).getFileName();
    }

    InputException fail(String message) {
        return failAt(place(), message);
    }

    InputException failAt(Place at, String message) {
        return new InputException(file, at.line(), at.column(), message);
    }

    InputException unknownField(String what, List<String> known) {
        return failAt(
                fieldPlace,
                "unknown property " + Quoted.of(field) + " in " + what + "; expected " + String.join(", ", known));
    }

    private JsonToken current() {
        return parser.currentToken();
    }

    private JsonToken next() {
        try {
            return parser.nextToken();
        } catch (StreamReadException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    private String name() {
        try {
            return parser.currentName();
        } catch (StreamReadException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    private String textHere() {
        try {
            return parser.getText();
        } catch (StreamReadException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + file, e);
        }
    }

    private InputException malformed(StreamReadException e) {
        Place at = e.getLocation() == null ? place() : placeOf(e.getLocation());
        return new InputException(file, at.line(), at.column(), "not valid JSON: " + e.getOriginalMessage(), e);
    }

    private Place placeOf(JsonLocation location) {
        return new Place(firstLine + Math.max(location.getLineNr(), 1) - 1, Math.max(location.getColumnNr(), 0));
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the parser of " + file, e);
        }
    }
}
