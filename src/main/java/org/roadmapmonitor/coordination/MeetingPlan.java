package org.roadmapmonitor.coordination;

import java.time.LocalDateTime;
import java.util.List;

/** What an organiser enters to plan or change a meeting; checked as a whole by {@link Meetings}. */
public record MeetingPlan(
        MeetingType type,
        String title,
        LocalDateTime start,
        LocalDateTime end,
        String timeZone,
        String venue,
        String framework,
        String jurisdiction,
        String fund,
        String period,
        boolean isPublic,
        String agenda,
        List<Participant> participants) {}
