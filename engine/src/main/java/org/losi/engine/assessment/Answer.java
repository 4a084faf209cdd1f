package org.losi.engine.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One assessor's answer to one item on one channel.
 *
 * @param item the item code as the edition names it, for example {@code 269a}
 * @param role {@code assessor} or {@code reviewer}; a reviewer settles disagreements when the edition says so
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Answer(
        String item,
        AnswerValue value,
        Channel channel,
        String assessor,
        String role,
        String evidenceUrl,
        String note) {

    public static final String ASSESSOR = "assessor";
    public static final String REVIEWER = "reviewer";

    public Answer {
        Objects.requireNonNull(item, "item");
        value = value == null ? AnswerValue.NOT_ASSESSED : value;
        channel = channel == null ? Channel.PORTAL : channel;
        role = role == null || role.isBlank() ? ASSESSOR : role;
    }

    public static Answer of(String item, AnswerValue value) {
        return new Answer(item, value, Channel.PORTAL, null, null, null, null);
    }

    public boolean byReviewer() {
        return REVIEWER.equalsIgnoreCase(role);
    }
}
