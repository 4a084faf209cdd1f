package org.losi.designer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.losi.engine.methodology.Criterion;
import org.losi.engine.methodology.Edition;
import org.losi.engine.scoring.CityResult;
import org.losi.engine.scoring.CriterionScore;
import org.losi.engine.scoring.ScoreReport;

/** Writes a score report as a table for people, CSV for spreadsheets, or JSON with every item outcome. */
final class ScoreWriter {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Edition edition;
    private final ScoreReport report;

    ScoreWriter(Edition edition, ScoreReport report) {
        this.edition = edition;
        this.report = report;
    }

    void write(OutputFormat format, PrintWriter out) {
        switch (format) {
            case table -> table(out);
            case csv -> csv(out);
            case json -> json(out);
        }
    }

    private void json(PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as JSON", e);
        }
    }

    private void table(PrintWriter out) {
        out.printf(
                "Edition %s (%s), rules %s, assessments %s%n",
                report.edition(), report.editionTitle(), report.rulesHash(), report.assessments());
        StringBuilder header = new StringBuilder(
                String.format("%4s  %-24s %-10s %6s  %-9s", "rank", "city", "settlement", "value", "level"));
        edition.criteria().forEach(c -> header.append(String.format(" %6s", c.code())));
        out.println(header.append("  met/scored"));
        for (CityResult city : report.cities()) {
            StringBuilder row = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%4d  %-24s %-10s %6.4f  %-9s",
                    city.rank(),
                    clip(city.city().name(), 24),
                    clip(nullToDash(city.city().settlementType()), 10),
                    city.value(),
                    nullToDash(city.level())));
            city.criteria().forEach(c -> row.append(String.format(" %6s", share(c.share()))));
            out.println(row.append(String.format("  %d/%d", city.itemsMet(), city.itemsScored())));
        }
        if (!report.notAssessed().isEmpty()) {
            out.println();
            out.println("Not assessed (not ranked):");
            report.notAssessed()
                    .forEach(n ->
                            out.printf("  %s  %s: %s%n", n.city().id(), n.city().name(), n.reason()));
        }
        if (!report.unusedAnswers().isEmpty()) {
            out.println();
            StringBuilder unused = new StringBuilder();
            report.unusedAnswers()
                    .forEach((item, count) -> unused.append(unused.length() == 0 ? "" : ", ")
                            .append(item)
                            .append(" (")
                            .append(count)
                            .append(')'));
            out.println("Answers for items this edition does not have, ignored: " + unused);
        }
    }

    private void csv(PrintWriter out) {
        CsvSchema.Builder schema = CsvSchema.builder();
        List<String> columns = new ArrayList<>(List.of(
                "rank",
                "city_id",
                "city",
                "country",
                "population",
                "settlement_type",
                "region",
                "value",
                "level",
                "items_met",
                "items_scored"));
        edition.criteria().stream().map(Criterion::code).forEach(columns::add);
        columns.add("status");
        columns.forEach(schema::addColumn);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CityResult city : report.cities()) {
            Map<String, Object> row = profile(city.city());
            row.put("rank", city.rank());
            row.put("value", city.value());
            row.put("level", city.level());
            row.put("items_met", city.itemsMet());
            row.put("items_scored", city.itemsScored());
            for (CriterionScore criterion : city.criteria()) {
                row.put(criterion.criterion(), criterion.share());
            }
            row.put("status", "ranked");
            rows.add(row);
        }
        for (ScoreReport.NotAssessed city : report.notAssessed()) {
            Map<String, Object> row = profile(city.city());
            row.put("status", "not_assessed");
            rows.add(row);
        }
        try {
            out.print(new CsvMapper().writer(schema.build().withHeader()).writeValueAsString(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the report as CSV", e);
        }
    }

    private static Map<String, Object> profile(org.losi.engine.assessment.CityProfile city) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("city_id", city.id());
        row.put("city", city.name());
        row.put("country", city.country());
        row.put("population", city.population());
        row.put("settlement_type", city.settlementType());
        row.put("region", city.region());
        return row;
    }

    private static String share(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.4f", share);
    }

    private static String nullToDash(String text) {
        return text == null ? "-" : text;
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
