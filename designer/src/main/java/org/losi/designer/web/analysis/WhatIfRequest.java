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
 * "aggregation": "mean-of-criteria"}}, every field optional. Codes are checked against the edition by the engine.
 *
 * @param aggregation null for the edition's own
 */
record WhatIfRequest(Map<String, Double> criterionWeights, Map<String, Double> itemWeights, Aggregation aggregation) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("criterionWeights", "itemWeights", "aggregation");

    /** @throws ApiError 400 naming the field and quoting the value that cannot be used */
    static WhatIfRequest read(String body) {
        if (body == null || body.isBlank()) {
            return new WhatIfRequest(Map.of(), Map.of(), null);
        }
        JsonNode json = parse(body);
        if (!json.isObject()) {
            throw invalidBody("the body is " + clip(json.toString())
                    + "; expected a JSON object such as {\"itemWeights\": {\"<item code>\": 2}}");
        }
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!FIELDS.contains(field.getKey())) {
                throw invalidBody("unknown field \"" + field.getKey() + "\"; expected " + Params.oneOf(FIELDS));
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
            throw invalidBody("the body is not JSON" + at + ": " + e.getOriginalMessage());
        }
    }

    private static Map<String, Double> weights(JsonNode json, String field) {
        JsonNode weights = json.get(field);
        if (weights == null || weights.isNull()) {
            return Map.of();
        }
        if (!weights.isObject()) {
            throw invalidWeights(
                    field + " is " + weights + "; expected an object of codes and weights, such as {\"<code>\": 2}");
        }
        Map<String, Double> read = new LinkedHashMap<>();
        weights.properties().forEach(entry -> read.put(entry.getKey(), weight(field, entry)));
        return read;
    }

    private static double weight(String field, Map.Entry<String, JsonNode> entry) {
        JsonNode value = entry.getValue();
        if (!value.isNumber()) {
            throw invalidWeights(field + "." + entry.getKey() + " is " + value + "; expected a number of 0 or more");
        }
        return value.asDouble();
    }

    private static Aggregation aggregation(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String expected = Aggregation.SHARE_OF_ITEMS.word() + " or " + Aggregation.MEAN_OF_CRITERIA.word();
        if (!value.isTextual()) {
            throw Params.invalid("aggregation", value.toString(), expected);
        }
        return Aggregation.parse(value.asText())
                .orElseThrow(() -> Params.invalid("aggregation", value.asText(), expected));
    }

    private static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

    static ApiError invalidWeights(String message) {
        return ApiError.badRequest("invalid-weights", message);
    }

    private static ApiError invalidBody(String message) {
        return ApiError.badRequest("invalid-body", message);
    }
}
