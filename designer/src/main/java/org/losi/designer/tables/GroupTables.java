package org.losi.designer.tables;

import org.losi.engine.compare.groups.Group;
import org.losi.engine.compare.groups.GroupReport;

/** Results by group as a table: one row per group, with a column per level. */
public final class GroupTables {
    private GroupTables() {}

    public static Table of(GroupReport report) {
        Table table = new Table()
                .text("group", report.by().word())
                .whole("cities", "cities")
                .whole("not_assessed", "not assessed")
                .decimal("mean_value", "mean")
                .decimal("median_value", "median");
        report.levels().forEach(level -> table.whole(level, level));
        for (Group group : report.groups()) {
            Object[] cells = new Object[5 + report.levels().size()];
            cells[0] = group.group();
            cells[1] = group.cities();
            cells[2] = group.notAssessed();
            cells[3] = group.meanValue();
            cells[4] = group.medianValue();
            for (int l = 0; l < report.levels().size(); l++) {
                cells[5 + l] = group.levels().get(report.levels().get(l));
            }
            table.row(cells);
        }
        return table;
    }
}
