package org.losi.engine.assessment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the product's own JSON form. It walks the file token by token instead of binding it to records, so that an
 * answer naming an unknown item, or any bad value, is reported at its own line and column.
 */
final class ProductJsonReader {
    private static final List<String> SET_FIELDS = List.of("id", "title", "national", "assessments", "exclusions");
    private static final List<String> ASSESSMENT_FIELDS = List.of("city", "answers");
    private static final List<String> CITY_FIELDS =
            List.of("id", "name", "country", "population", "settlementType", "region", "portalUrl", "attributes");
    private static final List<String> ANSWER_FIELDS =
            List.of("item", "value", "channel", "assessor", "role", "evidenceUrl", "note");
    private static final List<String> EXCLUSION_FIELDS = List.of("cityId", "item", "reason");

    private final Path file;
    private final Predicate<String> knownItem;
    private final JsonCursor json;
    private final Map<String, Place> cityPlaces = new HashMap<>();

    private ProductJsonReader(Path file, Predicate<String> knownItem, JsonCursor json) {
        this.file = file;
        this.knownItem = knownItem;
        this.json = json;
    }

    static AssessmentSet read(Path file, Predicate<String> knownItem) {
        try (JsonCursor json = JsonCursor.over(Utf8Text.read(file), file.toString(), 1)) {
            return new ProductJsonReader(file, knownItem, json).set();
        }
    }

    private AssessmentSet set() {
        json.start("the file").object("the assessment set");
        String id = null;
        String title = null;
        Map<String, Map<String, Double>> national = Map.of();
        List<Assessment> assessments = new ArrayList<>();
        List<AssessmentSet.Exclusion> exclusions = new ArrayList<>();
        while (json.nextField()) {
            switch (json.field()) {
                case "id" -> id = json.text(property());
                case "title" -> title = json.text(property());
                case "national" -> national = national();
                case "assessments" -> eachElement(() -> assessments.add(assessment()));
                case "exclusions" -> eachElement(() -> exclusions.add(exclusion()));
                default -> throw json.unknownField("the assessment set", SET_FIELDS);
            }
        }
        json.end("the assessment set");
        String setId = id != null ? id : AssessmentReaders.baseName(file);
        return new AssessmentSet(setId, title != null ? title : setId, assessments, national, exclusions);
    }

    private Assessment assessment() {
        json.object("an assessment");
        Place start = json.place();
        CityProfile city = null;
        List<Answer> answers = new ArrayList<>();
        while (json.nextField()) {
            switch (json.field()) {
                case "city" -> city = city();
                case "answers" -> eachElement(() -> answers.add(answer()));
                default -> throw json.unknownField("an assessment", ASSESSMENT_FIELDS);
            }
        }
        if (city == null) {
            throw json.failAt(start, "an assessment without \"city\"");
        }
        return new Assessment(city, answers);
    }

    private CityProfile city() {
        json.object(property());
        Place start = json.place();
        CityFields city = new CityFields();
        while (json.nextField()) {
            switch (json.field()) {
                case "id" -> city.id(json.text(property()), json.place());
                case "name" -> city.name = json.text(property());
                case "country" -> city.country = json.text(property());
                case "population" -> city.population = population();
                case "settlementType" -> city.settlementType = json.text(property());
                case "region" -> city.region = json.text(property());
                case "portalUrl" -> city.portalUrl = json.text(property());
                case "attributes" -> city.attributes = attributes();
                default -> throw json.unknownField("a city", CITY_FIELDS);
            }
        }
        if (city.id == null || city.id.isBlank()) {
            throw json.failAt(start, "a city without \"id\"");
        }
        Place first = cityPlaces.putIfAbsent(city.id, city.idPlace);
        if (first != null) {
            throw json.failAt(city.idPlace, "city id " + Quoted.of(city.id) + " is used twice; first at " + first);
        }
        return city.toProfile();
    }

    private Long population() {
        Long population = json.wholeNumber(property());
        if (population != null && population < 0) {
            throw json.fail(property() + " must not be negative, not " + json.describe());
        }
        return population;
    }

    private Map<String, String> attributes() {
        json.object(property());
        Map<String, String> attributes = new LinkedHashMap<>();
        while (json.nextField()) {
            attributes.put(json.field(), json.scalar("attribute " + Quoted.of(json.field())));
        }
        attributes.values().removeIf(v -> v == null);
        return attributes;
    }

    private Answer answer() {
        json.object("an answer");
        Place start = json.place();
        AnswerFields answer = new AnswerFields();
        while (json.nextField()) {
            switch (json.field()) {
                case "item" -> answer.item = item();
                case "value" -> answer.value = value();
                case "channel" -> answer.channel = channel();
                case "assessor" -> answer.assessor = json.text(property());
                case "role" -> answer.role = role();
                case "evidenceUrl" -> answer.evidenceUrl = json.text(property());
                case "note" -> answer.note = json.text(property());
                default -> throw json.unknownField("an answer", ANSWER_FIELDS);
            }
        }
        if (answer.item == null) {
            throw json.failAt(start, "an answer without \"item\"");
        }
        if (answer.value == null) {
            throw json.failAt(start, "the answer to item " + Quoted.of(answer.item) + " has no \"value\"");
        }
        return answer.toAnswer();
    }

    private String item() {
        String code = json.text(property());
        if (code == null || !knownItem.test(code)) {
            throw json.fail("item code " + json.describe() + " is not an item of any edition");
        }
        return code;
    }

    private AnswerValue value() {
        String text = json.text(property());
        return AnswerValue.parse(text)
                .filter(v -> text != null)
                .orElseThrow(() ->
                        json.fail("answer value " + json.describe() + " is not one of " + AnswerValue.expected()));
    }

    private Channel channel() {
        String text = json.text(property());
        if (text == null || text.isBlank()) {
            return Channel.PORTAL;
        }
        return Channel.parse(text)
                .orElseThrow(() -> json.fail("channel " + json.describe() + " is not one of " + Channel.expected()));
    }

    private String role() {
        return Roles.parse(json.text(property()))
                .orElseThrow(() -> json.fail("role " + json.describe() + " is not one of " + Roles.EXPECTED));
    }

    private AssessmentSet.Exclusion exclusion() {
        json.object("an exclusion");
        Place start = json.place();
        String cityId = null;
        String item = null;
        String reason = null;
        while (json.nextField()) {
            switch (json.field()) {
                case "cityId" -> cityId = json.text(property());
                case "item" -> item = item();
                case "reason" -> reason = json.text(property());
                default -> throw json.unknownField("an exclusion", EXCLUSION_FIELDS);
            }
        }
        if (cityId == null || item == null) {
            throw json.failAt(start, "an exclusion needs \"cityId\" and \"item\"");
        }
        return new AssessmentSet.Exclusion(cityId, item, reason);
    }

    private Map<String, Map<String, Double>> national() {
        json.object(property());
        Map<String, Map<String, Double>> national = new LinkedHashMap<>();
        while (json.nextField()) {
            String country = json.field();
            json.object("the national figures of " + Quoted.of(country));
            Map<String, Double> figures = new LinkedHashMap<>();
            while (json.nextField()) {
                Double figure = json.number(property());
                if (figure != null) {
                    figures.put(json.field(), figure);
                }
            }
            national.put(country, figures);
        }
        return national;
    }

    private void eachElement(Runnable element) {
        if (json.list(property())) {
            while (json.nextElement()) {
                element.run();
            }
        }
    }

    private String property() {
        return "property " + Quoted.of(json.field());
    }

    /** A city's properties as they are read, in any order. */
    private static final class CityFields {
        String id;
        Place idPlace;
        String name;
        String country;
        Long population;
        String settlementType;
        String region;
        String portalUrl;
        Map<String, String> attributes;

        void id(String value, Place place) {
            id = value;
            idPlace = place;
        }

        CityProfile toProfile() {
            return new CityProfile(id, name, country, population, settlementType, region, portalUrl, attributes);
        }
    }

    /** An answer's properties as they are read, in any order. */
    private static final class AnswerFields {
        String item;
        AnswerValue value;
        Channel channel;
        String assessor;
        String role;
        String evidenceUrl;
        String note;

        Answer toAnswer() {
            return new Answer(item, value, channel, assessor, role, evidenceUrl, note);
        }
    }
}
