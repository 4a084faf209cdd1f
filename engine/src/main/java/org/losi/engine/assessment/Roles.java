package org.losi.engine.assessment;

import java.util.Locale;
import java.util.Optional;

/** The roles an answer may carry. A misspelt reviewer would silently stop settling disagreements, so others fail. */
final class Roles {
    static final String EXPECTED = Answer.ASSESSOR + " or " + Answer.REVIEWER;

    private Roles() {}

    /** The role in its canonical spelling; blank means an assessor. */
    static Optional<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(Answer.ASSESSOR);
        }
        String role = text.trim().toLowerCase(Locale.ROOT);
        return role.equals(Answer.ASSESSOR) || role.equals(Answer.REVIEWER) ? Optional.of(role) : Optional.empty();
    }
}
