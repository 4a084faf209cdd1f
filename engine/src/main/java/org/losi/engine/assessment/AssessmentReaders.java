package org.losi.engine.assessment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;

/** Reads assessments in any of the forms the product takes, choosing by the file's extension. */
public final class AssessmentReaders {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AssessmentReaders() {}

    /**
     * Reads a file of assessments: {@code .json} in the product's own form.
     *
     * @param knownItem accepts the item codes some edition defines; an answer naming another code is an error
     * @throws InputException naming the file, line and column of the first problem
     */
    public static AssessmentSet read(Path file, Predicate<String> knownItem) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new InputException(file.toString(), 0, 0, "no such file");
        }
        if (name.endsWith(".json")) {
            return readJson(file, knownItem);
        }
        throw new InputException(file.toString(), 0, 0, "unknown input form; expected a .json file");
    }

    private static AssessmentSet readJson(Path file, Predicate<String> knownItem) {
        AssessmentSet set;
        try {
            set = JSON.readValue(file.toFile(), AssessmentSet.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(
                    file.toString(),
                    at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (Assessment assessment : set.assessments()) {
            for (Answer answer : assessment.answers()) {
                if (!knownItem.test(answer.item())) {
                    throw new InputException(file.toString(), 0, 0, "city " + assessment.cityId()
                            + ": item code \"" + answer.item() + "\" is not an item of any edition");
                }
            }
        }
        return set;
    }
}
