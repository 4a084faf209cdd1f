package org.losi.engine.scoring;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.losi.engine.assessment.Answer;
import org.losi.engine.assessment.AnswerValue;
import org.losi.engine.assessment.Assessment;
import org.losi.engine.assessment.Channel;
import org.losi.engine.methodology.DisagreementPolicy;

/**
 * One city's answers settled to one value per item and channel, under an edition's disagreement policy. A
 * reviewer's answer always decides; where assessors differ and none reviewed, the policy does.
 */
final class SettledAnswers {
    private final Map<String, EnumMap<Channel, AnswerValue>> values = new LinkedHashMap<>();
    private final Map<String, List<Disagreement>> disagreements = new HashMap<>();

    static SettledAnswers settle(List<Answer> answers, DisagreementPolicy policy) {
        Map<String, EnumMap<Channel, List<Answer>>> grouped = new LinkedHashMap<>();
        for (Answer answer : answers) {
            grouped.computeIfAbsent(answer.item(), k -> new EnumMap<>(Channel.class))
                    .computeIfAbsent(answer.channel(), k -> new ArrayList<>())
                    .add(answer);
        }
        SettledAnswers settled = new SettledAnswers();
        grouped.forEach((item, byChannel) -> byChannel.forEach((channel, given) -> settled.settle(item, channel, given, policy)));
        return settled;
    }

    static SettledAnswers settle(Assessment assessment, DisagreementPolicy policy) {
        return settle(assessment.answers(), policy);
    }

    private void settle(String item, Channel channel, List<Answer> given, DisagreementPolicy policy) {
        List<Answer> reviewed = given.stream().filter(Answer::byReviewer).toList();
        List<AnswerValue> seen = given.stream()
                .map(Answer::value)
                .filter(v -> v != AnswerValue.NOT_ASSESSED)
                .distinct()
                .toList();
        AnswerValue value;
        if (!reviewed.isEmpty()) {
            value = reviewed.get(reviewed.size() - 1).value();
        } else if (seen.size() <= 1) {
            value = seen.isEmpty() ? AnswerValue.NOT_ASSESSED : seen.get(0);
        } else {
            value = byPolicy(seen, policy);
        }
        if (seen.size() > 1) {
            String decidedBy = reviewed.isEmpty() ? policy.word() : Answer.REVIEWER;
            disagreements.computeIfAbsent(item, k -> new ArrayList<>())
                    .add(new Disagreement(channel, given, value, decidedBy));
        }
        values.computeIfAbsent(item, k -> new EnumMap<>(Channel.class)).put(channel, value);
    }

    private static AnswerValue byPolicy(List<AnswerValue> seen, DisagreementPolicy policy) {
        return switch (policy) {
            case REVIEWER -> AnswerValue.NOT_ASSESSED;
            case ANY_YES -> seen.contains(AnswerValue.YES)
                    ? AnswerValue.YES
                    : seen.contains(AnswerValue.NO) ? AnswerValue.NO : AnswerValue.NOT_APPLICABLE;
            case ALL_YES -> seen.contains(AnswerValue.NO)
                    ? AnswerValue.NO
                    : seen.contains(AnswerValue.NOT_APPLICABLE) ? AnswerValue.NOT_APPLICABLE : AnswerValue.YES;
        };
    }

    /** Per item, the channels on which it was settled as yes. */
    Map<String, Integer> yesChannels() {
        Map<String, Integer> masks = new HashMap<>();
        values.forEach((item, byChannel) -> byChannel.forEach((channel, value) -> {
            if (value == AnswerValue.YES) {
                masks.merge(item, channel.bit(), (a, b) -> a | b);
            }
        }));
        return masks;
    }

    /** Per item, whether some channel settled it as yes or no. */
    Map<String, Boolean> answeredItems() {
        Map<String, Boolean> answered = new HashMap<>();
        values.forEach((item, byChannel) -> answered.put(
                item, byChannel.values().stream().anyMatch(v -> v == AnswerValue.YES || v == AnswerValue.NO)));
        return answered;
    }

    Iterable<String> items() {
        return values.keySet();
    }

    /** The settled values of an item over all its channels; empty when nobody answered it. */
    Iterable<AnswerValue> valuesOf(String item) {
        EnumMap<Channel, AnswerValue> byChannel = values.get(item);
        return byChannel == null ? List.of() : byChannel.values();
    }

    List<Disagreement> disagreementsOf(String item) {
        return disagreements.getOrDefault(item, List.of());
    }
}
