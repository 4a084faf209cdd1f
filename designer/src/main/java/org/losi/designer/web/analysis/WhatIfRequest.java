package org.losi.designer.web.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.losi.designer.web.ApiError;
import org.losi.engine.methodology.Aggregation;

/**
 * The body of a what-if: {@code {"criterionWeights": {criterion code: weight}, "itemWeights": {item code: weight},
 * "aggregation": "mean-of-criteria"}}, every field optional, so that {@code {}} asks for the edition's own ranking.
 * A body that is missing, not JSON or of the wrong shape is a 400 as the designer's other bodies are ({@code
 * body-required}, {@code invalid-json}); codes and weights are checked against the edition by the engine.
 *
 * @param aggregation null for the edition's own
 */
record WhatIfRequest(Map<String, Double> criterionWeights, Map<String, Double> itemWeights, Aggregation aggregation) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("criterionWeights", "itemWeights", "aggregation");

    /** @throws ApiError 400 naming the field and quoting the value that cannot be used */
    static WhatIfRequest read(String body) {
        JsonNode json = body == null || body.isBlank() ? null : parse(body);
        if (json == null || json.isNull()) {
            throw ApiError.badRequest(
                    "body-required", "send the what-if as a JSON object; {} ranks with the edition's own weights");
        }
        if (!json.isObject()) {
            throw invalidJson("the body is " + clip(json.toString())
                    + "; expected a JSON object such as {\"itemWeights\": {\"<item code>\": 2}}");
        }
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw invalidJson("unknown field \"" + field.getKey() + "\"; expected " + Params.oneOf(FIELDS));
            }
        }
        return new WhatIfRequest(
                weights(json, "criterionWeights"), weights(json, "itemWeights"), aggregation(json.get("aggregation")));
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null
                    ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw invalidJson("the body is not valid JSON" + at + ": " + e.getOriginalMessage());
        }
    }

    private static Map<String, Double> weights(JsonNode json, String field) {
        JsonNode weights = json.get(field);
        if (weights == null || weights.isNull()) {
            return Map.of();
        }
        if (!weights.isObject()) {
            throw invalidJson(
                    field + " is " + weights + "; expected an object of codes and weights, such as {\"<code>\": 2}");
        }
        Map<String, Double> read = new LinkedHashMap<>();
        weights.properties().forEach(entry -> read.put(entry.getKey(), weight(field, entry)));
        return read;
    }

    private static double weight(String field, Map.Entry<String, JsonNode> entry) {
        JsonNode value = entry.getValue();
        if (!value.isNumber()) {
            throw invalidJson(field + "." + entry.getKey() + " is " + value + "; expected a number of 0 or more");
        }
        return value.asDouble();
    }

    private static Aggregation aggregation(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String expected = Aggregation.SHARE_OF_ITEMS.word() + " or " + Aggregation.MEAN_OF_CRITERIA.word();
        return Aggregation.parse(value.isTextual() ? value.asText() : "")
                .orElseThrow(() -> invalidJson("aggregation is " + value + "; expected " + expected));
    }

    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    private static ApiError invalidJson(String message) {
        return ApiError.badRequest("invalid-json", message);
    }
}
