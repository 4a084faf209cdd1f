package org.losi.engine.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.losi.engine.assessment.Answer;
import org.losi.engine.assessment.AnswerValue;
import org.losi.engine.assessment.Channel;
import org.losi.engine.methodology.DisagreementPolicy;

/**
 * One city's answers settled to one value per item and channel, under an edition's disagreement policy. A
 * reviewer's answer always decides, unless the reviewer did not assess the item; where assessors differ and no
 * reviewer answered, the policy does.
 *
 * <p>Most items have one answer per channel; only those with several are grouped, which keeps scoring thousands of
 * cities fast.
 */
final class SettledAnswers {
    private static final Channel[] CHANNELS = Channel.values();
    private static final List<AnswerValue> NONE = List.of();

    private final Map<String, AnswerValue[]> values = new HashMap<>();
    private final Map<String, Integer> yesChannels = new HashMap<>();
    private final Map<String, Boolean> answeredItems = new HashMap<>();
    private Map<String, List<Disagreement>> disagreements = Map.of();

    static SettledAnswers settle(List<Answer> answers, DisagreementPolicy policy) {
        SettledAnswers settled = new SettledAnswers();
        Map<String, Answer[]> first = new HashMap<>();
        Map<String, List<Answer>> several = null;
        for (Answer answer : answers) {
            Answer[] byChannel = first.computeIfAbsent(answer.item(), k -> new Answer[CHANNELS.length]);
            int channel = answer.channel().ordinal();
            if (byChannel[channel] == null) {
                byChannel[channel] = answer;
            } else {
                several = several == null ? new HashMap<>() : several;
                several.computeIfAbsent(
                                answer.item() + '\u0000' + channel, k -> new ArrayList<>(List.of(byChannel[channel])))
                        .add(answer);
            }
        }
        for (Map.Entry<String, Answer[]> item : first.entrySet()) {
            Answer[] byChannel = item.getValue();
            for (int channel = 0; channel < byChannel.length; channel++) {
                if (byChannel[channel] != null) {
                    List<Answer> group = several == null ? null : several.get(item.getKey() + '\u0000' + channel);
                    AnswerValue value = group == null
                            ? byChannel[channel].value()
                            : settled.settle(item.getKey(), CHANNELS[channel], group, policy);
                    settled.put(item.getKey(), channel, value);
                }
            }
        }
        return settled;
    }

    private void put(String item, int channel, AnswerValue value) {
        values.computeIfAbsent(item, k -> new AnswerValue[CHANNELS.length])[channel] = value;
        if (value == AnswerValue.YES) {
            yesChannels.merge(item, CHANNELS[channel].bit(), (a, b) -> a | b);
        }
        if (value == AnswerValue.YES || value == AnswerValue.NO) {
            answeredItems.put(item, true);
        }
    }

    private AnswerValue settle(String item, Channel channel, List<Answer> given, DisagreementPolicy policy) {
        Answer reviewer = null;
        List<AnswerValue> seen = new ArrayList<>(2);
        for (Answer answer : given) {
            boolean reviewed = answer.byReviewer() && answer.value() != AnswerValue.NOT_ASSESSED;
            reviewer = reviewed ? answer : reviewer;
            if (answer.value() != AnswerValue.NOT_ASSESSED && !seen.contains(answer.value())) {
                seen.add(answer.value());
            }
        }
        AnswerValue value;
        if (reviewer != null) {
            value = reviewer.value();
        } else if (seen.size() <= 1) {
            value = seen.isEmpty() ? AnswerValue.NOT_ASSESSED : seen.get(0);
        } else {
            value = byPolicy(seen, policy);
        }
        if (seen.size() > 1) {
            String decidedBy = reviewer == null ? policy.word() : Answer.REVIEWER;
            disagreements = disagreements.isEmpty() ? new HashMap<>() : disagreements;
            disagreements
                    .computeIfAbsent(item, k -> new ArrayList<>())
                    .add(new Disagreement(channel, given, value, decidedBy));
        }
        return value;
    }

    private static AnswerValue byPolicy(List<AnswerValue> seen, DisagreementPolicy policy) {
        return switch (policy) {
            case REVIEWER -> AnswerValue.NOT_ASSESSED;
            case ANY_YES ->
                seen.contains(AnswerValue.YES)
                        ? AnswerValue.YES
                        : seen.contains(AnswerValue.NO) ? AnswerValue.NO : AnswerValue.NOT_APPLICABLE;
            case ALL_YES ->
                seen.contains(AnswerValue.NO)
                        ? AnswerValue.NO
                        : seen.contains(AnswerValue.NOT_APPLICABLE) ? AnswerValue.NOT_APPLICABLE : AnswerValue.YES;
        };
    }

    /** Per item, the channels on which it was settled as yes, as a mask of {@link Channel#bit()}. */
    Map<String, Integer> yesChannels() {
        return yesChannels;
    }

    /** The items some channel settled as yes or no. */
    Map<String, Boolean> answeredItems() {
        return answeredItems;
    }

    /** The settled values of an item over all its channels, nulls for channels nobody answered. */
    List<AnswerValue> valuesOf(String item) {
        AnswerValue[] byChannel = values.get(item);
        return byChannel == null ? NONE : Arrays.asList(byChannel);
    }

    List<Disagreement> disagreementsOf(String item) {
        return disagreements.getOrDefault(item, List.of());
    }
}
