package org.losi.engine.assessment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the NDJSON export of an assessment tool, one answer record a line, and its exclusion report of items the tool
 * did not deliver. A human-overridden record acts as a reviewer's answer. An excluded item becomes a not-assessed
 * answer with its reason, never a "no": the tool computes no score, and the scorer must keep that distinction.
 *
 * <p>Properties the reader does not use are skipped, so that a newer export still reads; the ones it uses must have
 * the right type.
 */
final class ToolExportReader {
    private static final String SYSTEM_PROPOSED = "system_proposed";
    private static final String HUMAN_EDITED = "human_edited";
    private static final String HUMAN_OVERRIDDEN = "human_overridden";
    private static final String COUNTRY_ID = "country_id";
    private static final String PORTAL_URL = "portal_url";
    private static final List<String> PROVENANCES = List.of(SYSTEM_PROPOSED, HUMAN_EDITED, HUMAN_OVERRIDDEN);

    private final Predicate<String> knownItem;
    private final Map<String, ToolCity> cities = new LinkedHashMap<>();
    private final Map<String, String> delivered = new HashMap<>();
    private final Map<String, String> excluded = new HashMap<>();
    private final List<AssessmentSet.Exclusion> exclusions = new ArrayList<>();
    private String cycle;
    private String cycleWhere;

    private ToolExportReader(Predicate<String> knownItem) {
        this.knownItem = knownItem;
    }

    /** Reads the export, then the exclusion report if there is one ({@code exclusions} may be null). */
    static AssessmentSet read(Path answers, Path exclusions, Predicate<String> knownItem) {
        ToolExportReader reader = new ToolExportReader(knownItem);
        NdjsonLines.each(answers, reader::answer);
        if (exclusions != null) {
            NdjsonLines.each(exclusions, reader::exclusion);
        }
        String id = AssessmentReaders.baseName(answers);
        String title = reader.cycle == null ? id : id + " (cycle " + reader.cycle + ")";
        List<Assessment> assessments =
                reader.cities.values().stream().map(ToolCity::toAssessment).toList();
        return new AssessmentSet(id, title, assessments, Map.of(), reader.exclusions);
    }

    private void answer(JsonCursor json) {
        Place start = json.place();
        ToolRecord record = answerRecord(json, start);
        checkCycle(json, record);
        String item = item(json, record.questionId, record.questionPlace);
        ToolCity city = city(json, start, record);
        delivered.putIfAbsent(city.id() + '\n' + item, json.where(start));
        city.add(record.toAnswer(item));
    }

    private ToolRecord answerRecord(JsonCursor json, Place start) {
        ToolRecord record = new ToolRecord();
        while (json.nextField()) {
            switch (json.field()) {
                case "cycle_id" -> record.cycle(json);
                case COUNTRY_ID -> record.country = json.text(property(json));
                case "city_id" -> record.cityId = json.text(property(json));
                case PORTAL_URL -> record.portalUrl = json.text(property(json));
                case "question" -> question(json, record);
                case "delivered_answer" -> record.answer = json.flag(property(json));
                case "confidence" -> record.confidence = confidence(json);
                case "provenance" -> record.provenance = provenance(json);
                case "actor_id" -> record.actor = json.text(property(json));
                case "evidence_refs" -> record.evidence = firstEvidence(json);
                case "timestamp" -> json.text(property(json));
                default -> json.skip();
            }
        }
        if (record.questionId == null || record.answer == null) {
            throw json.failAt(
                    start, "an answer record needs \"question\": {\"question_id\": ...} and \"delivered_answer\"");
        }
        return record;
    }

    private void exclusion(JsonCursor json) {
        Place start = json.place();
        ToolRecord record = exclusionRecord(json, start);
        checkCycle(json, record);
        String item = item(json, record.questionId, record.questionPlace);
        ToolCity city = city(json, start, record);
        String key = city.id() + '\n' + item;
        String about = "item " + Quoted.of(item) + " of " + Quoted.of(city.id());
        if (delivered.containsKey(key)) {
            throw json.failAt(start, about + " is excluded here but delivered at " + delivered.get(key));
        }
        String first = excluded.putIfAbsent(key, json.where(start));
        if (first != null) {
            throw json.failAt(start, about + " is excluded a second time; first at " + first);
        }
        city.add(new Answer(
                item, AnswerValue.NOT_ASSESSED, Channel.PORTAL, null, null, null, "excluded: " + record.reason));
        exclusions.add(new AssessmentSet.Exclusion(city.id(), item, record.reason));
    }

    private ToolRecord exclusionRecord(JsonCursor json, Place start) {
        ToolRecord record = new ToolRecord();
        while (json.nextField()) {
            switch (json.field()) {
                case "cycle_id" -> record.cycle(json);
                case COUNTRY_ID -> record.country = json.text(property(json));
                case "city_id" -> record.cityId = json.text(property(json));
                case "question_id" -> record.question(json);
                case "reason" -> record.reason = json.text(property(json));
                default -> json.skip();
            }
        }
        if (record.questionId == null || record.reason == null || record.reason.isBlank()) {
            throw json.failAt(start, "an exclusion record needs \"question_id\" and a \"reason\"");
        }
        return record;
    }

    private void question(JsonCursor json, ToolRecord record) {
        json.object(property(json));
        while (json.nextField()) {
            if (json.field().equals("question_id")) {
                record.question(json);
            } else {
                json.skip();
            }
        }
    }

    private String item(JsonCursor json, String questionId, Place at) {
        List<String> candidates = QuestionIds.candidates(questionId);
        if (candidates.isEmpty()) {
            throw json.failAt(at, "question_id " + Quoted.of(questionId) + " is not of the form " + QuestionIds.FORM);
        }
        return candidates.stream()
                .filter(knownItem)
                .findFirst()
                .orElseThrow(() -> json.failAt(
                        at,
                        "question_id " + Quoted.of(questionId) + " names no item of any edition (looked for "
                                + String.join(" and ", candidates) + ")"));
    }

    private ToolCity city(JsonCursor json, Place start, ToolRecord record) {
        String id = record.cityId != null && !record.cityId.isBlank() ? record.cityId : record.country;
        if (id == null || id.isBlank()) {
            throw json.failAt(start, "the record names no place: give \"city_id\" or \"country_id\"");
        }
        ToolCity city = cities.computeIfAbsent(id, ToolCity::new);
        city.agree(json, start, COUNTRY_ID, record.country);
        city.agree(json, start, PORTAL_URL, record.portalUrl);
        return city;
    }

    private void checkCycle(JsonCursor json, ToolRecord record) {
        if (record.cycle == null) {
            return;
        }
        if (cycle == null) {
            cycle = record.cycle;
            cycleWhere = json.where(record.cyclePlace);
        } else if (!cycle.equals(record.cycle)) {
            throw json.failAt(
                    record.cyclePlace,
                    "cycle_id " + Quoted.of(record.cycle) + " differs from " + Quoted.of(cycle) + " at " + cycleWhere
                            + "; read one assessment cycle at a time");
        }
    }

    private static Double confidence(JsonCursor json) {
        Double confidence = json.number(property(json));
        if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
            throw json.fail(property(json) + " must lie between 0 and 1, not " + json.describe());
        }
        return confidence;
    }

    private static String provenance(JsonCursor json) {
        String provenance = json.text(property(json));
        if (provenance != null && !PROVENANCES.contains(provenance)) {
            throw json.fail("provenance " + json.describe() + " is not one of " + String.join(", ", PROVENANCES));
        }
        return provenance;
    }

    private static String firstEvidence(JsonCursor json) {
        String first = null;
        if (json.list(property(json))) {
            while (json.nextElement()) {
                String reference = json.text("an evidence reference");
                first = first == null ? reference : first;
            }
        }
        return first;
    }

    private static String property(JsonCursor json) {
        return "property " + Quoted.of(json.field());
    }

    /** The properties of one record as they are read, in any order. */
    private static final class ToolRecord {
        String cycle;
        Place cyclePlace;
        String country;
        String cityId;
        String portalUrl;
        String questionId;
        Place questionPlace;
        Boolean answer;
        Double confidence;
        String provenance;
        String actor;
        String evidence;
        String reason;

        void cycle(JsonCursor json) {
            cycle = json.text(property(json));
            cyclePlace = json.place();
        }

        void question(JsonCursor json) {
            questionId = json.text(property(json));
            questionPlace = json.place();
        }

        Answer toAnswer(String item) {
            return new Answer(
                    item,
                    answer ? AnswerValue.YES : AnswerValue.NO,
                    Channel.PORTAL,
                    actor,
                    HUMAN_OVERRIDDEN.equals(provenance) ? Answer.REVIEWER : Answer.ASSESSOR,
                    evidence,
                    note());
        }

        String note() {
            List<String> parts = new ArrayList<>();
            if (provenance != null) {
                parts.add("provenance " + provenance);
            }
            if (confidence != null) {
                parts.add("confidence " + confidence);
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
    }

    /** One place of the export, with the answers and exclusions read for it. */
    private static final class ToolCity {
        private final String id;
        private final Map<String, String> fields = new HashMap<>();
        private final Map<String, String> wheres = new HashMap<>();
        private final List<Answer> answers = new ArrayList<>();

        ToolCity(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }

        /** Records a field of the place; a record that contradicts an earlier one fails naming both. */
        void agree(JsonCursor json, Place start, String name, String value) {
            if (value == null) {
                return;
            }
            String earlier = fields.putIfAbsent(name, value);
            wheres.putIfAbsent(name, json.where(start));
            if (earlier != null && !earlier.equals(value)) {
                throw json.failAt(
                        start,
                        name + " " + Quoted.of(value) + " contradicts " + Quoted.of(earlier) + " given for "
                                + Quoted.of(id) + " at " + wheres.get(name));
            }
        }

        void add(Answer answer) {
            answers.add(answer);
        }

        Assessment toAssessment() {
            CityProfile city =
                    new CityProfile(id, null, fields.get(COUNTRY_ID), null, null, null, fields.get(PORTAL_URL), null);
            return new Assessment(city, answers);
        }
    }
}
