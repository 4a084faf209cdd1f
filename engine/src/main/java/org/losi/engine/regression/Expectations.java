package org.losi.engine.regression;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.losi.engine.assessment.InputException;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.Outcome;

/**
 * What a suite's cases must score under one edition, as kept in {@code expected/<edition-id>.json}: a file reviewers
 * read and edit by hand and review in pull requests.
 *
 * @param rulesHash the hash of the rule files the expectations were approved under
 * @param approved who approved them, when, and why
 * @param tolerance how far a value or share may be from the expected one and still pass; 1e-9 when absent
 * @param weights the item weights at approval, so that a failing case can name the items whose weight moved since
 * @param cases per city id, what it must score; a field left out is not checked
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"edition", "rulesHash", "approved", "tolerance", "weights", "cases"})
public record Expectations(
        String edition,
        String rulesHash,
        Approval approved,
        Double tolerance,
        Map<String, Double> weights,
        Map<String, Expected> cases) {
    /** How expectations write a value that falls in no band of the edition. */
    public static final String NO_LEVEL = "none";

    /** A city's level as expectations write it: {@link #NO_LEVEL} when its value falls in no band. */
    static String levelOf(CityResult city) {
        return city.level() == null ? NO_LEVEL : city.level();
    }

    public static final double DEFAULT_TOLERANCE = 1e-9;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public Expectations {
        weights = weights == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(weights));
        cases = cases == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(cases));
    }

    public double toleranceOrDefault() {
        return tolerance == null ? DEFAULT_TOLERANCE : tolerance;
    }

    /** Who approved the expectations, when (an ISO-8601 instant) and with what message. */
    @JsonPropertyOrder({"by", "at", "message"})
    public record Approval(String by, String at, String message) {}

    /**
     * What one case must score.
     *
     * @param notAssessed true for a city that must be listed as not assessed; then nothing else is checked
     * @param criteria per criterion code, the share; null for a criterion none of whose items is scored
     * @param items per item code, the outcome; only the items listed are checked
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"notAssessed", "value", "level", "rank", "criteria", "items"})
    public record Expected(
            Boolean notAssessed,
            Double value,
            String level,
            Integer rank,
            Map<String, Double> criteria,
            Map<String, Outcome> items) {

        public Expected {
            criteria = criteria == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(criteria));
            items = items == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(items));
        }

        public static Expected notAssessedCity() {
            return new Expected(true, null, null, null, null, null);
        }

        public boolean expectsNotAssessed() {
            return Boolean.TRUE.equals(notAssessed);
        }
    }

    /**
     * Reads an expectations file.
     *
     * @throws InputException naming the file, line and column of what cannot be read, for example an outcome word
     *     that is not met, missed, not_applicable or not_assessed
     */
    public static Expectations read(Path file) {
        try {
            return JSON.readValue(file.toFile(), Expectations.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(
                    file.toString(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), plain(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** For a wrong word, where it is and what it may be: {@code cases.beta.items.C1: "mett" is not one of met, ...}. */
    private static String plain(JsonProcessingException e) {
        if (e instanceof InvalidFormatException wrong && wrong.getTargetType().isEnum()) {
            String where = wrong.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining("."));
            String allowed = Arrays.stream(wrong.getTargetType().getEnumConstants())
                    .map(String::valueOf)
                    .map(v -> v.toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return where + ": \"" + wrong.getValue() + "\" is not one of " + allowed;
        }
        return e.getOriginalMessage();
    }

    /** Writes the file whole or not at all: to a temporary file beside it, then moved over it. */
    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".part");
            try {
                Files.writeString(temporary, toJson() + "\n", StandardCharsets.UTF_8);
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Two-space indentation and {@code "key": value}, one entry a line, so that a pull request shows each change. */
    String toJson() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write expectations as JSON", e);
        }
    }
}
