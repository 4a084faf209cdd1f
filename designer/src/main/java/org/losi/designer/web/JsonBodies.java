package org.losi.designer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads request bodies into records. A body that is missing, is not JSON or does not fit answers 400 naming the field
 * and quoting the value, never with the parser's own words about Java classes.
 */
public final class JsonBodies {
    private final ObjectMapper json;

    JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiError.badRequest("body-required", "send the request's fields as a JSON object");
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw ApiError.badRequest("body-required", "send the request's fields as a JSON object, not null");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("invalid-json", plain(e));
        }
    }

    private String plain(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + path(unknown) + "\"; expected one of " + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidFormatException format) {
            return "\"" + format.getValue() + "\" is not a value for \"" + path(format) + "\"" + expected(format);
        }
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            return "\"" + path(mismatch) + "\" has the wrong type; expected "
                    + mismatch.getTargetType().getSimpleName().toLowerCase(Locale.ROOT);
        }
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return "the body is not valid JSON" + where + ": " + e.getOriginalMessage();
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
    }

    private String expected(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        if (target != null && target.isEnum()) {
            return "; expected one of "
                    + Arrays.stream(target.getEnumConstants()).map(this::word).collect(Collectors.joining(", "));
        }
        return target == null ? "" : "; expected a " + target.getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** An enum constant as JSON writes it: the engine's enums write their word, such as {@code any-channel}. */
    private String word(Object constant) {
        return json.convertValue(constant, String.class);
    }
}
