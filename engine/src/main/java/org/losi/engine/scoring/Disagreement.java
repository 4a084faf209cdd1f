package org.losi.engine.scoring;

import java.util.List;
import org.losi.engine.assessment.Answer;
import org.losi.engine.assessment.AnswerValue;
import org.losi.engine.assessment.Channel;

/**
 * Assessors who answered one item differently on one channel, and how the edition's policy settled it.
 *
 * @param policy the edition's disagreement policy, or {@code reviewer} when a reviewer's answer decided
 */
public record Disagreement(Channel channel, List<Answer> answers, AnswerValue settled, String policy) {}
