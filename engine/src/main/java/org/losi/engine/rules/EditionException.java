package org.losi.engine.rules;

import java.util.List;
import java.util.stream.Collectors;

/** An edition that cannot be used: it does not compile, or its declarations contradict themselves. */
public final class EditionException extends RuntimeException {
    private final String edition;
    private final List<Problem> problems;

    public EditionException(String edition, List<Problem> problems) {
        super("edition " + edition + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + ":\n" + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.edition = edition;
        this.problems = List.copyOf(problems);
    }

    public String edition() {
        return edition;
    }

    public List<Problem> problems() {
        return problems;
    }
}
