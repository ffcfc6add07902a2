package org.roadmapmonitor.nationalreport;

/**
 * A user's answer to one question, replacing what the user gave before: {@code answer} is YES, NO, DEVELOPING,
 * or empty to leave the pre-filled answer standing; {@code men} and {@code women} only for questions that count
 * them; {@code reviewed} marks the answer as checked. Questions not sent are left as they are.
 */
public record AnswerInput(String question, String answer, String note, Integer men, Integer women, Boolean reviewed) {}
