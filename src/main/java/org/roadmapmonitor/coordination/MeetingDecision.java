package org.roadmapmonitor.coordination;

/** A decision a meeting took; for a steering committee possibly the fund's allocation decision (its id). */
public record MeetingDecision(long id, long meetingId, String text, Long fundDecisionId) {}
