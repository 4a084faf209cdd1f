package org.losi.engine.compare.groups;

import java.util.List;
import java.util.Optional;

/**
 * One edition's results grouped by a city attribute.
 *
 * @param levels the level names, in the edition's band order, that each group's level counts use
 * @param groups population classes from the smallest up, other groups by name; cities whose group is not known last
 */
public record GroupReport(String edition, Grouping by, List<String> levels, List<Group> groups) {

    public GroupReport {
        levels = List.copyOf(levels);
        groups = List.copyOf(groups);
    }

    public Optional<Group> group(String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst();
    }
}
